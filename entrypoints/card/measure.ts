/**
 * DOM measurements for placement: the viewport, the article's text column (from
 * the detector's offset map, so the page is not walked again) and the height of
 * a fixed or sticky bar at the top of the page. Reads layout; never writes it.
 */
import { columnFromBoxes, type Box, type PlacementInput } from '../../lib/card/placement';
import type { PageSession } from '../../lib/extract/page-session';

/** Text nodes sampled for the column: enough for a stable percentile, cheap to measure. */
const SAMPLE = 80;

/** The layout viewport without scrollbars (quirks mode: the window). */
export function viewportSize(): { width: number; height: number } {
  const el = document.documentElement;
  const width = Math.min(window.innerWidth, el.clientWidth || window.innerWidth);
  const height = Math.min(window.innerHeight, el.clientHeight || window.innerHeight);
  return { width, height };
}

/** Boxes of a sample of the article's (headline and main) text nodes. */
export function articleBoxes(session: PageSession): Box[] {
  const kinds = session.pageText().blocks;
  const blocks = session.blocks.filter(
    (_, i) => kinds[i]!.kind === 'main' || kinds[i]!.kind === 'headline',
  );
  const stride = Math.max(1, Math.ceil(blocks.length / SAMPLE));
  const range = document.createRange();
  const boxes: Box[] = [];
  for (let k = 0; k < blocks.length; k += stride) {
    const node = blocks[k]!.segments.node[0];
    if (!node?.isConnected) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    boxes.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  }
  return boxes;
}

/**
 * How far down a fixed or sticky bar at the top of the page reaches, probed at
 * a few x positions; our own host is skipped. 0 when there is none.
 */
export function topBarHeight(xs: readonly number[], ownHost: Element | null): number {
  const vh = window.innerHeight;
  let bottom = 0;
  for (const x of xs) {
    for (const hit of document.elementsFromPoint(x, 2)) {
      if (hit === ownHost || hit === document.documentElement || hit === document.body) continue;
      for (
        let el: Element | null = hit, depth = 0;
        el && depth < 8;
        el = el.parentElement, depth++
      ) {
        const position = getComputedStyle(el).position;
        if (position !== 'fixed' && position !== 'sticky') continue;
        const r = el.getBoundingClientRect();
        if (r.top <= 4 && r.bottom < vh * 0.4) bottom = Math.max(bottom, r.bottom);
        break;
      }
    }
  }
  return Math.round(bottom);
}

/** Everything placeCard needs, measured now. */
export function measurePage(session: PageSession | null, ownHost: Element | null): PlacementInput {
  const viewport = viewportSize();
  const column = session ? columnFromBoxes(articleBoxes(session)) : null;
  const xs = column
    ? [
        Math.max(8, column.left / 2),
        (column.left + column.right) / 2,
        (column.right + viewport.width) / 2,
      ]
    : [viewport.width / 2, viewport.width - 40];
  return { viewport, column, topInset: topBarHeight(xs, ownHost) };
}
