/**
 * Where the in-page card goes, as pure geometry: beside the article's text column
 * when a margin is wide enough, else a pill in a corner (wide screens) or at the
 * bottom (phones) that opens over the page only when the reader asks.
 * All values are CSS px in viewport coordinates (position: fixed).
 */

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Column {
  left: number;
  right: number;
}

export interface PlacementInput {
  /** Layout viewport without scrollbars (documentElement.clientWidth/Height). */
  viewport: { width: number; height: number };
  /** The article's text column, or null when it is unknown. */
  column: Column | null;
  /** Height covered by the page's own fixed or sticky bar at the top (0 if none). */
  topInset?: number;
}

export type Placement =
  /** The card sits in the free margin beside the text; never over it. */
  | {
      mode: 'side';
      side: 'left' | 'right';
      left: number;
      top: number;
      width: number;
      maxHeight: number;
    }
  /** No free margin: a pill in the bottom-right corner; the card opens there, over the page. */
  | { mode: 'corner'; right: number; bottom: number; width: number; maxHeight: number }
  /** Phone widths: a pill at the bottom; the card opens as a bottom sheet. */
  | { mode: 'sheet'; maxHeight: number };

/** Distance kept from the viewport's edges. */
export const EDGE = 16;
/** Distance kept from the article's text. */
export const GAP = 24;
export const MIN_WIDTH = 280;
export const MAX_WIDTH = 360;
/** Below this viewport width the card is a pill that opens as a bottom sheet. */
export const PHONE_MAX = 600;
/** A page's top bar is trusted up to this share of the viewport height. */
const MAX_TOP_INSET = 0.4;

/** Decides the card's mode and geometry. */
export function placeCard({ viewport, column, topInset = 0 }: PlacementInput): Placement {
  const { width: vw, height: vh } = viewport;
  const inset = Math.min(Math.max(0, topInset), vh * MAX_TOP_INSET);
  const top = Math.round(inset + EDGE);
  const maxHeight = Math.max(160, Math.round(vh - top - EDGE));

  if (vw < PHONE_MAX) return { mode: 'sheet', maxHeight: Math.round(vh * 0.8) };

  if (column) {
    const right = vw - Math.max(column.right, 0) - GAP - EDGE;
    const left = Math.min(column.left, vw) - GAP - EDGE;
    // The wider margin wins; the right one on a tie (left-to-right reading ends there).
    const [side, room] = right >= left ? (['right', right] as const) : (['left', left] as const);
    if (room >= MIN_WIDTH) {
      const width = Math.floor(Math.min(MAX_WIDTH, room));
      return {
        mode: 'side',
        side,
        // Hug the outer edge: a site's own sidebar usually sits next to the text.
        left: side === 'right' ? vw - EDGE - width : EDGE,
        top,
        width,
        maxHeight,
      };
    }
  }

  return {
    mode: 'corner',
    right: EDGE,
    bottom: EDGE,
    width: Math.min(380, vw - 2 * EDGE),
    maxHeight: Math.max(160, Math.round(vh - top - 2 * EDGE)),
  };
}

/**
 * The text column from the boxes of the article's text nodes: the 10th percentile
 * of left edges to the 90th of right edges, so one stray full-width block (a
 * caption, a pull quote) does not widen it. Empty boxes (hidden text) are ignored.
 */
export function columnFromBoxes(boxes: readonly Box[]): Column | null {
  const seen = boxes.filter((b) => b.right - b.left > 0 && b.bottom - b.top > 0);
  if (seen.length === 0) return null;
  const lefts = seen.map((b) => b.left).sort((a, b) => a - b);
  const rights = seen.map((b) => b.right).sort((a, b) => a - b);
  const at = (list: number[], q: number) =>
    list[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  const column = { left: at(lefts, 0.1), right: at(rights, 0.9) };
  return column.right > column.left ? column : null;
}

/**
 * Where to scroll (window.scrollY) so a passage shows in the upper part of the
 * viewport, below the page's top bar, and above a bottom sheet when one is open.
 */
export function scrollTargetY(
  passage: { top: number; height: number },
  viewport: { height: number; scrollY: number },
  { topInset = 0, coveredBelow = 0 } = {},
): number {
  const visible = viewport.height - topInset - coveredBelow;
  // Centre the passage in the visible band; a passage taller than the band starts at its top.
  const offset =
    passage.height >= visible ? topInset + EDGE : topInset + (visible - passage.height) / 3;
  return Math.max(0, Math.round(viewport.scrollY + passage.top - offset));
}
