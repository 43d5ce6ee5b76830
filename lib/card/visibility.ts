/**
 * What the card script shows on a page, from the detection, the settings and what
 * the reader did on this page. Pure, so every combination is unit-tested.
 */
import type { Strength } from '../detect/types';
import type { Placement } from './placement';

/** Nothing, the small pill, or the card (compact or expanded). */
export type CardUi = 'none' | 'pill' | 'card';

export interface CardSituation {
  /** The detector found the story on the current page. */
  story: boolean;
  strength: Strength | null;
  /** Setting `display`: what appears where the story is found. */
  display: string;
  /** The page's site is in `disabledSites`. */
  siteOff: boolean;
  /** The reader dismissed the card on this page (or the popup hid it). */
  hidden: boolean;
  /** Shown on request on this page (popup "Show", "Check this page"): beats site-off and badge-only. */
  forced: boolean;
  /** The reader's own choice on this page: true opened the card, false folded it to the pill. */
  opened: boolean | null;
  placement: Placement['mode'];
}

/** The pill unless the page is about the story, the settings want the card and it fits beside the text. */
export function defaultUi(
  s: Pick<CardSituation, 'strength' | 'display' | 'placement'>,
): 'pill' | 'card' {
  return s.strength === 'primary' && s.display === 'card' && s.placement === 'side'
    ? 'card'
    : 'pill';
}

/** What to render now. */
export function decideUi(s: CardSituation): CardUi {
  if (!s.story || s.hidden) return 'none';
  if ((s.siteOff || s.display === 'badge') && !s.forced) return 'none';
  if (s.opened !== null) return s.opened ? 'card' : 'pill';
  return defaultUi(s);
}

/**
 * Whether the passages are highlighted: with the setting on, while the card or pill
 * is shown, or after the popup asked to go to a passage (even with no UI).
 */
export function highlightsWanted(ui: CardUi, setting: boolean, requested: boolean): boolean {
  return setting && (ui !== 'none' || requested);
}
