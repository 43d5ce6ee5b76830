/**
 * Per-tab detection state, kept in session storage so it survives the MV3 service
 * worker being stopped, and mirrored to the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { storage } from '@wxt-dev/storage';
import { badgeFor } from '../../lib/badge';
import { TabStateSchema, type TabState } from '../../lib/messages';

const key = (tabId: number) => `session:tab-${tabId}` as const;

/** The stored state of a tab, or null (parsed: a stale or odd value reads as null). */
export async function getTabState(tabId: number): Promise<TabState | null> {
  const parsed = TabStateSchema.safeParse(await storage.getItem(key(tabId)));
  return parsed.success ? parsed.data : null;
}

/**
 * The one way to change a tab's state: read-modify-write steps run one at a time
 * per tab, because reports from the page, messages from its card and tab events
 * interleave. `change` returns the new state, null to forget the tab, or
 * undefined to leave it as it is. Resolves to the state after the step.
 */
export function updateTabState(
  tabId: number,
  change: (
    previous: TabState | null,
  ) => TabState | null | undefined | Promise<TabState | null | undefined>,
  { tabClosed = false } = {},
): Promise<TabState | null> {
  const step = (queues.get(tabId) ?? Promise.resolve()).then(async () => {
    const previous = await getTabState(tabId);
    const next = await change(previous);
    if (next === undefined) return previous;
    if (next === null) await storage.removeItem(key(tabId));
    else await storage.setItem(key(tabId), next);
    if (!tabClosed) await applyBadge(tabId, next?.suppressed === 'site-off' ? null : next);
    return next;
  });
  const settled = step.catch(() => undefined);
  queues.set(tabId, settled);
  void settled.then(() => {
    if (queues.get(tabId) === settled) queues.delete(tabId);
  });
  return step;
}

const queues = new Map<number, Promise<unknown>>();

/** Forgets a tab (navigation, close) and clears its badge. */
export function clearTabState(tabId: number, { tabClosed = false } = {}): Promise<unknown> {
  return updateTabState(tabId, () => null, { tabClosed });
}

/** On navigation: clears the tab unless the detector already reported on the new URL. */
export function clearTabStateUnlessFor(tabId: number, url: string): Promise<unknown> {
  return updateTabState(tabId, (state) => (state?.url !== url ? null : undefined));
}

async function applyBadge(tabId: number, state: TabState | null): Promise<void> {
  const badge = badgeFor(state?.story ? state.strength : null);
  const action = browser.action ?? browser.browserAction;
  try {
    await action.setBadgeText({ tabId, text: badge?.text ?? '' });
    if (badge) await action.setBadgeBackgroundColor({ tabId, color: badge.colour });
    if (badge && 'setBadgeTextColor' in action) {
      await action.setBadgeTextColor({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab went away while we were updating it; nothing to show.
  }
}

/** Ids of the tabs whose state says a card was injected (the story found, not suppressed). */
export async function tabsWithCard(): Promise<number[]> {
  const all = (await storage.snapshot('session')) as Record<string, unknown>;
  const ids: number[] = [];
  for (const [k, v] of Object.entries(all)) {
    const m = /^tab-(\d+)$/.exec(k);
    const state = TabStateSchema.safeParse(v);
    if (m && state.success && state.data.story && !state.data.suppressed) ids.push(Number(m[1]));
  }
  return ids;
}
