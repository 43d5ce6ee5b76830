/**
 * The hand-over between the page side (which extracts the page's text and gets the
 * background's detection) and the card. Both run in the extension's isolated world
 * of the same tab, which the page cannot see, so the card reuses the page side's
 * blocks and result instead of reading the page a second time. Keyed by a registered
 * symbol so separately bundled scripts meet.
 */
import type { Detection } from './detect/types';
import type { PageSession } from './extract/page-session';

export interface PageResult {
  url: string;
  /** The background's detection; `passages[].block` is a block id of `session`. */
  detection: Detection;
  /** The page's blocks (ranges for highlights, the text column for placement). */
  session: PageSession;
}

export interface PageSlot {
  result: PageResult | null;
  /** Called after every detection with its result (the card re-renders). */
  readonly listeners: Set<(result: PageResult) => void>;
  /** Checks the page now (the reader asked) and resolves when the background answered. */
  checkNow(): Promise<unknown>;
}

const SLOT = Symbol.for('factline.page-slot');
type Holder = { [SLOT]?: PageSlot };

/** The page side's slot in this tab, if it runs here. */
export function getPageSlot(): PageSlot | undefined {
  return (globalThis as Holder)[SLOT];
}

export function setPageSlot(slot: PageSlot): void {
  (globalThis as Holder)[SLOT] = slot;
}
