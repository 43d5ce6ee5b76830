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

/** Saves a tab's state and updates its badge. */
export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await storage.setItem(key(tabId), state);
  await applyBadge(tabId, state.suppressed === 'site-off' ? null : state);
}

/** Forgets a tab (navigation, close) and clears its badge. */
export async function clearTabState(tabId: number, { tabClosed = false } = {}): Promise<void> {
  await storage.removeItem(key(tabId));
  if (!tabClosed) await applyBadge(tabId, null);
}

/** On navigation: clears the tab unless the detector already reported on the new URL. */
export async function clearTabStateUnlessFor(tabId: number, url: string): Promise<void> {
  const state = await getTabState(tabId);
  if (state?.url !== url) await clearTabState(tabId);
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
