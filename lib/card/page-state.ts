/** What the reader did with the card on one page (one URL). Pure. */
import type { UiLang } from '../i18n/langs';

export interface PageState {
  url: string;
  /** Dismissed by the reader, or hidden from the popup. */
  hidden: boolean;
  /** Shown on request (popup "show", an explicit run on a switched-off site). */
  forced: boolean;
  /** The reader opened the pill (true) or folded the card (false); null: the default. */
  opened: boolean | null;
  expanded: boolean;
  /** Detection passage index shown last. */
  current: number | null;
  /** The popup asked to go to a passage: highlight even without UI. */
  requested: boolean;
  /** The language the reader picked in the card's switch (null: the automatic choice). */
  lang: UiLang | null;
}

/** A page the reader has not touched yet. */
export function freshPageState(url: string): PageState {
  return {
    url,
    hidden: false,
    forced: false,
    opened: null,
    expanded: false,
    current: null,
    requested: false,
    lang: null,
  };
}

/** Dismissed: nothing shown or highlighted until the reader asks again. */
export function hidePage(s: PageState): void {
  s.hidden = true;
  s.forced = false;
  s.requested = false;
}

/**
 * The passage after (+1) or before (-1) the current one among those that can be
 * shown, wrapping around; from no current passage, the first or the last.
 */
export function stepPassage(
  shown: readonly number[],
  current: number | null,
  direction: -1 | 1,
): number | undefined {
  if (shown.length === 0) return undefined;
  const at = current === null ? -1 : shown.indexOf(current);
  if (at < 0) return direction === 1 ? shown[0] : shown[shown.length - 1];
  return shown[(at + direction + shown.length) % shown.length];
}
