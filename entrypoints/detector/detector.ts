/** The detector's lifecycle in a tab: first check, re-checks on change, hand-over to the card. */
import { storyRules } from '../../data/rules';
import { compile } from '../../lib/detect';
import type { Detection } from '../../lib/detect/types';
import { extractPageText } from '../../lib/extract';
import type { PageReport } from '../../lib/messages';
import { setPageSlot, type PageResult, type PageSlot } from '../../lib/page-slot';
import { reportChanged, toReport } from './report';
import { extensionAlive, sendReport } from './runtime';
import { createScheduler } from './schedule';

/** Tag name of the card's host element; its own mutations never trigger a check. */
export const CARD_HOST_TAG = 'factline-card';
const NOTHING: Detection = { story: null, strength: null, score: 0, passages: [] };

const isOwnUi = (r: MutationRecord) =>
  r.type === 'childList' &&
  [...r.addedNodes, ...r.removedNodes].every((n) => n.nodeName.toLowerCase() === CARD_HOST_TAG);

export function startDetector({ reportFirstCheck }: { reportFirstCheck: boolean }): PageSlot {
  const detector = compile(storyRules);
  const controller = new AbortController();
  const { signal } = controller;
  let lastSent: PageReport | null = null;
  let lastUrl = location.href;

  const check = (): PageResult => {
    const url = location.href;
    let detection = NOTHING;
    let extracted = null;
    // The pre-filter reads the raw text once; only a page with trigger terms is extracted.
    if (detector.mayMatch(document.body?.textContent ?? '')) {
      extracted = extractPageText(document, { skipTag: CARD_HOST_TAG });
      detection = detector.detect(extracted.page);
    }
    const result: PageResult = {
      url,
      detection,
      extracted,
      report: toReport(url, detection, extracted?.page),
    };
    slot.result = result;
    for (const listener of slot.listeners) {
      try {
        listener(result);
      } catch {
        // A broken listener (card) must not stop detection.
      }
    }
    return result;
  };

  const checkAndReport = () => {
    const { report } = check();
    // Nothing found and nothing said before: stay silent and touch no extension API —
    // even reading `chrome.runtime` makes Chrome build the extension bindings (~1 ms).
    // Re-checks on such a page are pure and bounded per URL by the scheduler's budget.
    if (!report.story && !lastSent?.story) return;
    // The extension may have been updated or disabled since this script started.
    if (!extensionAlive()) return controller.abort();
    if (reportChanged(lastSent, report)) {
      lastSent = report;
      sendReport(report);
    }
  };

  const slot: PageSlot = {
    result: null,
    listeners: new Set(),
    checkNow() {
      lastSent = check().report; // answered through executeScript; no message
      return lastSent;
    },
  };
  setPageSlot(slot);

  const scheduler = createScheduler(checkAndReport, signal);
  const onChange = () => {
    const urlChanged = location.href !== lastUrl;
    lastUrl = location.href;
    scheduler.poke(urlChanged);
  };
  const observer = new MutationObserver((records) => {
    if (!records.every(isOwnUi)) onChange();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // Events only prompt a check; the URL itself decides whether the page changed.
  window.addEventListener('popstate', onChange, { signal });
  window.addEventListener('hashchange', onChange, { signal });

  if (reportFirstCheck) checkAndReport();
  else slot.checkNow();
  return slot;
}
