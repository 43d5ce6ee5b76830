/**
 * The page scripts: the trigger (registered dynamically, where the settings allow),
 * the page side (injected where the trigger matched or the reader asked) and the
 * card UI (injected only into tabs where the story was found).
 */
import { browser } from 'wxt/browser';
import { detectorRegistration, registrationCovers } from '../../lib/registration';
import type { Settings } from '../../lib/settings/definitions';
import type { SettingsPush } from '../../lib/messages';
import { setExplicitCheckFlag } from '../../lib/page-flags';
import { tabsWithCard } from './tab-store';

export const TRIGGER_FILE = '/trigger.js';
export const PAGE_FILE = '/page.js';
export const CARD_FILE = '/card.js';
const TRIGGER_ID = 'factline-trigger';

/** Registers the trigger for the pages the settings allow (or unregisters it). */
export async function syncTriggerRegistration(settings: Settings): Promise<void> {
  const wanted = detectorRegistration(settings);
  const existing = await browser.scripting.getRegisteredContentScripts();
  const ours = existing.map((s) => s.id).filter((id) => id.startsWith('factline-'));
  if (ours.length > 0) await browser.scripting.unregisterContentScripts({ ids: ours });
  if (!wanted) return;
  await browser.scripting.registerContentScripts([
    {
      id: TRIGGER_ID,
      js: [TRIGGER_FILE],
      matches: wanted.matches,
      ...(wanted.excludeMatches.length ? { excludeMatches: wanted.excludeMatches } : {}),
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

/**
 * Stops the trigger and page side in open tabs the settings no longer cover
 * ("only when I click", a site switched off). Cards already shown stay.
 */
export async function stopWatchersOutside(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs
      .filter((t) => t.id !== undefined && t.url && !registrationCovers(settings, t.url))
      .map((t) =>
        browser.scripting
          .executeScript({
            target: { tabId: t.id!, frameIds: [0] },
            func: () => {
              for (const key of ['factline.stop-trigger', 'factline.stop-page']) {
                const stop = (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
                if (typeof stop === 'function') (stop as () => void)();
              }
            },
          })
          .catch(() => undefined),
      ),
  );
}

/** Starts the page side in a tab's top frame (it guards against doubles). */
export async function injectPageSide(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_FILE] });
}

/** Injects the card UI into a tab's top frame (the card script guards against doubles). */
export async function injectCard(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_FILE] });
}

/**
 * "Check this page" (allowed by activeTab): runs the page side now; resolves once the
 * background has answered it (the page side's completion value is that promise).
 */
export async function checkPageNow(tabId: number): Promise<void> {
  // Tell the page side (same isolated world) that this run was asked for.
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: setExplicitCheckFlag,
  });
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_FILE] });
}

/** Open cards follow the settings at once (what appears, highlights, language). */
export async function pushSettingsToCards(settings: Settings): Promise<void> {
  const push: SettingsPush = { type: 'factline:settings', settings };
  await Promise.all(
    (await tabsWithCard()).map((tabId) =>
      browser.tabs.sendMessage(tabId, push, { frameId: 0 }).catch(() => undefined),
    ),
  );
}
