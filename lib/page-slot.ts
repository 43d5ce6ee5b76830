/**
 * The hand-over between the detector and the card scripts. Both run in the
 * extension's isolated world of the same tab, which the page cannot see, so the
 * card reuses the detector's extraction and result instead of reading the page
 * a second time. Keyed by a registered symbol so separately bundled scripts meet.
 */
import type { Detection } from './detect/types';
import type { Extracted } from './extract';
import type { PageReport } from './messages';

export interface PageResult {
  url: string;
  detection: Detection;
  /** null when the pre-filter ruled the page out without extracting it. */
  extracted: Extracted | null;
  report: PageReport;
}

export interface PageSlot {
  result: PageResult | null;
  /** Called after every check with its result (the card re-renders). */
  readonly listeners: Set<(result: PageResult) => void>;
  /** Runs a check now and returns its report. */
  checkNow(): PageReport;
}

const SLOT = Symbol.for('factline.page-slot');
const EXPLICIT = Symbol.for('factline.explicit-check');
type Holder = { [SLOT]?: PageSlot; [EXPLICIT]?: boolean };

/** The detector's slot in this tab, if the detector runs here. */
export function getPageSlot(): PageSlot | undefined {
  return (globalThis as Holder)[SLOT];
}

export function setPageSlot(slot: PageSlot): void {
  (globalThis as Holder)[SLOT] = slot;
}

/**
 * Set (by a one-line injected function) before the background runs the detector
 * for "Check this page": that run answers through executeScript, not a message.
 */
export function takeExplicitCheckFlag(): boolean {
  const holder = globalThis as Holder;
  const flag = holder[EXPLICIT] === true;
  delete holder[EXPLICIT];
  return flag;
}
