/**
 * The two page scripts: the lean detector (registered dynamically, where the
 * settings allow) and the card UI (injected only into tabs where the story was found).
 */
import { browser } from 'wxt/browser';
import { detectorRegistration } from '../../lib/registration';
import type { Settings } from '../../lib/settings/definitions';
import type { PageReport } from '../../lib/messages';

export const DETECTOR_FILE = '/detector.js';
export const CARD_FILE = '/content-scripts/card.js';
const DETECTOR_ID = 'factline-detector';

/** Registers the detector for the pages the settings allow (or unregisters it). */
export async function syncDetectorRegistration(settings: Settings): Promise<void> {
  const wanted = detectorRegistration(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [DETECTOR_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_ID] });
  if (!wanted) return;
  await browser.scripting.registerContentScripts([
    {
      id: DETECTOR_ID,
      js: [DETECTOR_FILE],
      matches: wanted.matches,
      ...(wanted.excludeMatches.length ? { excludeMatches: wanted.excludeMatches } : {}),
      runAt: 'document_idle',
      allFrames: false,
      persistAcrossSessions: true,
    },
  ]);
}

/** Injects the card UI into a tab's top frame (the card script guards against doubles). */
export async function injectCard(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [CARD_FILE] });
}

/**
 * Runs the detector in a tab now ("Check this page", allowed by activeTab) and
 * returns its report. The detector script's completion value is its report.
 */
export async function runDetector(tabId: number): Promise<PageReport | null> {
  // Tell the detector (same isolated world) that this run answers here, not by message.
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: () => {
      (globalThis as Record<symbol, unknown>)[Symbol.for('factline.explicit-check')] = true;
    },
  });
  const [first] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    files: [DETECTOR_FILE],
  });
  return (first?.result as PageReport | null | undefined) ?? null;
}
