import { describe, expect, it } from 'vitest';
import {
  columnFromBoxes,
  EDGE,
  GAP,
  MAX_WIDTH,
  MIN_WIDTH,
  placeCard,
  scrollTargetY,
} from '../../../lib/card/placement';

const desktop = { width: 1280, height: 800 };

describe('placeCard', () => {
  it('puts the card in a wide right margin, at the outer edge, never over the text', () => {
    const column = { left: 160, right: 800 };
    const p = placeCard({ viewport: desktop, column });
    expect(p).toEqual({
      mode: 'side',
      side: 'right',
      left: 1280 - EDGE - MAX_WIDTH,
      top: EDGE,
      width: MAX_WIDTH,
      maxHeight: 800 - 2 * EDGE,
    });
    if (p.mode !== 'side') throw new Error('side');
    expect(p.left).toBeGreaterThanOrEqual(column.right + GAP);
  });

  it('uses the left margin when it is the wider one, and narrows to the room there is', () => {
    const p = placeCard({ viewport: desktop, column: { left: 350, right: 1100 } });
    expect(p).toMatchObject({ mode: 'side', side: 'left', left: EDGE, width: 350 - GAP - EDGE });
  });

  it('falls back to a corner pill on a wide screen whose text column leaves no margin', () => {
    // A centred 720 px column at 1280 px leaves 280 px a side, less than card + gap + edge.
    const p = placeCard({ viewport: desktop, column: { left: 280, right: 1000 } });
    expect(p.mode).toBe('corner');
    if (p.mode !== 'corner') throw new Error('corner');
    expect(p).toMatchObject({ right: EDGE, bottom: EDGE, width: 380 });
  });

  it('uses the corner when the column is unknown', () => {
    expect(placeCard({ viewport: desktop, column: null }).mode).toBe('corner');
  });

  it('needs the minimum width in the margin', () => {
    const room = MIN_WIDTH + GAP + EDGE;
    expect(placeCard({ viewport: desktop, column: { left: 0, right: 1280 - room } }).mode).toBe(
      'side',
    );
    expect(placeCard({ viewport: desktop, column: { left: 0, right: 1281 - room } }).mode).toBe(
      'corner',
    );
  });

  it('uses a bottom sheet at phone widths', () => {
    const p = placeCard({
      viewport: { width: 390, height: 844 },
      column: { left: 16, right: 374 },
    });
    expect(p).toEqual({ mode: 'sheet', maxHeight: Math.round(844 * 0.8) });
  });

  it('starts below a fixed top bar, but trusts at most 40% of the height', () => {
    const column = { left: 100, right: 700 };
    expect(placeCard({ viewport: desktop, column, topInset: 64 })).toMatchObject({
      top: 64 + EDGE,
      maxHeight: 800 - 64 - 2 * EDGE,
    });
    expect(placeCard({ viewport: desktop, column, topInset: 700 })).toMatchObject({
      top: 320 + EDGE,
    });
  });
});

describe('columnFromBoxes', () => {
  const box = (left: number, right: number) => ({ left, right, top: 0, bottom: 20 });

  it('ignores a stray full-width block and hidden text', () => {
    const boxes = [
      ...Array.from({ length: 18 }, () => box(200, 840)),
      box(0, 1280),
      { left: 0, right: 0, top: 0, bottom: 0 },
    ];
    expect(columnFromBoxes(boxes)).toEqual({ left: 200, right: 840 });
  });

  it('is null without visible boxes', () => {
    expect(columnFromBoxes([])).toBeNull();
    expect(columnFromBoxes([{ left: 5, right: 5, top: 0, bottom: 10 }])).toBeNull();
  });
});

describe('scrollTargetY', () => {
  it('puts a short passage a third of the way down the visible band', () => {
    expect(scrollTargetY({ top: 1000, height: 60 }, { height: 800, scrollY: 500 })).toBe(
      500 + 1000 - Math.round((800 - 60) / 3),
    );
  });

  it('keeps the passage out from under a top bar and above a bottom sheet', () => {
    const y = scrollTargetY(
      { top: 900, height: 40 },
      { height: 844, scrollY: 0 },
      { topInset: 56, coveredBelow: 500 },
    );
    const shownAt = 900 - y; // the passage's top after scrolling
    expect(shownAt).toBeGreaterThanOrEqual(56);
    expect(shownAt + 40).toBeLessThanOrEqual(844 - 500);
  });

  it('starts a passage taller than the band at its top, and never scrolls above 0', () => {
    expect(scrollTargetY({ top: 300, height: 2000 }, { height: 800, scrollY: 0 })).toBe(300 - EDGE);
    expect(scrollTargetY({ top: 10, height: 20 }, { height: 800, scrollY: 0 })).toBe(0);
  });
});
