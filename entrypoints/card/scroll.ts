/** Scrolling the page to a passage: smooth unless the reader prefers reduced motion. */
import { scrollTargetY, type Placement } from '../../lib/card/placement';
import type { CardUi } from '../../lib/card/visibility';

/** Brings a passage into view, above a bottom sheet or corner card that covers the page. */
export function scrollToRange(
  range: Range,
  placement: Placement,
  ui: CardUi,
  topInset: number,
): void {
  const behavior: ScrollBehavior = matchMedia('(prefers-reduced-motion: reduce)').matches
    ? 'auto'
    : 'smooth';
  const rect = range.getBoundingClientRect();
  const el = range.startContainer.parentElement;
  const scroller = document.scrollingElement ?? document.documentElement;
  const windowScrolls = scroller.scrollHeight > window.innerHeight + 1;
  if (!windowScrolls || (rect.width === 0 && rect.height === 0)) {
    // The page scrolls an inner element (or the passage has no box): let the browser find it.
    el?.scrollIntoView({ block: 'center', behavior });
    return;
  }
  const open = ui === 'card' && placement.mode !== 'side';
  const coveredBelow = open ? Math.min(placement.maxHeight, window.innerHeight * 0.6) : 0;
  const top = scrollTargetY(
    { top: rect.top, height: rect.height },
    { height: window.innerHeight, scrollY: window.scrollY },
    { topInset, coveredBelow },
  );
  window.scrollTo({ top, behavior });
}
