/** Inline position styles for the card and the pill, from the host's placement (lib/card/placement). */
import { EDGE, type Placement } from '../lib/card/placement';

export type StyleMap = Record<string, string>;
const px = (n: number) => `${Math.round(n)}px`;

/** Where the open card goes: in the margin, in the corner over the page, or as a bottom sheet. */
export function cardStyle(p: Placement): StyleMap {
  switch (p.mode) {
    case 'side':
      return { left: px(p.left), top: px(p.top), width: px(p.width), maxHeight: px(p.maxHeight) };
    case 'corner':
      return {
        right: px(p.right),
        bottom: px(p.bottom),
        width: px(p.width),
        maxHeight: px(p.maxHeight),
      };
    case 'sheet':
      return { left: '0px', right: '0px', bottom: '0px', maxHeight: px(p.maxHeight) };
  }
}

/** Where the pill goes: at the top of the free margin, or in the bottom-right corner. */
export function pillStyle(p: Placement): StyleMap {
  if (p.mode === 'side') {
    return p.side === 'right'
      ? { right: px(EDGE), top: px(p.top) }
      : { left: px(EDGE), top: px(p.top) };
  }
  return { right: px(EDGE), bottom: px(EDGE) };
}
