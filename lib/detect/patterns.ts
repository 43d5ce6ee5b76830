/**
 * Co-occurrence: a pattern occurs where one item of each clause lies within its
 * window, inside one segment (the page's content, or a single chrome block). One
 * merge pass over the clauses' items, sorted by end; linear in the number of items.
 */
import type { PatternRule } from './rules-schema';

/** Items (group hits or pattern instances) as parallel arrays sorted by end. */
export interface Items {
  start: number[];
  end: number[];
  seg: number[];
}

export const emptyItems = (): Items => ({ start: [], end: [], seg: [] });

/**
 * Instances of `p` given the items of every group and earlier pattern. `width`, when
 * given, is where each stream position falls when windows are measured (see
 * `windowWidths`); without it, a window counts characters.
 */
export function evalPattern(
  p: PatternRule,
  sources: ReadonlyMap<string, Items>,
  width?: Int32Array,
): Items {
  const lists: Items[] = [];
  const clauseOf: number[] = [];
  p.all.forEach((clause, k) => {
    for (const id of typeof clause === 'string' ? [clause] : clause) {
      const items = sources.get(id);
      if (items && items.end.length > 0) {
        lists.push(items);
        clauseOf.push(k);
      }
    }
  });
  const clauses = p.all.length;
  const out = emptyItems();
  if (new Set(clauseOf).size < clauses) return out; // a clause has no item at all
  const window = p.window ?? Infinity;
  // latest item start per clause, kept per segment: chrome blocks interleave with content
  const lastBySeg = new Map<number, number[]>();
  const pos = new Array<number>(lists.length).fill(0);
  for (;;) {
    // next item by end among the lists (few lists: a linear pick is cheapest)
    let li = -1;
    let best = Infinity;
    for (let l = 0; l < lists.length; l++) {
      const e = lists[l]!.end[pos[l]!];
      if (e !== undefined && e < best) {
        best = e;
        li = l;
      }
    }
    if (li < 0) break;
    const list = lists[li]!;
    const i = pos[li]!++;
    const k = clauseOf[li]!;
    const s = list.start[i]!;
    const seg = list.seg[i]!;
    let last = lastBySeg.get(seg);
    if (!last) {
      last = new Array<number>(clauses).fill(-1);
      lastBySeg.set(seg, last);
    }
    if (s > last[k]!) last[k] = s;
    let min = s;
    for (let c = 0; c < clauses; c++) min = Math.min(min, last[c]!);
    if (min < 0 || (width ? width[best]! - width[min]! : best - min) > window) continue;
    out.start.push(min);
    out.end.push(best);
    out.seg.push(seg);
  }
  return out;
}

/** Han characters, kana and Hangul: one of them says about as much as two Latin letters. */
const DENSE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const isDense = (c: number) =>
  (c >= 0x3040 && c <= 0x30ff) ||
  (c >= 0x3400 && c <= 0x9fff) ||
  (c >= 0xac00 && c <= 0xd7af) ||
  (c >= 0xf900 && c <= 0xfaff);

/**
 * Window widths for a stream with Chinese, Japanese or Korean text, where a pattern's
 * window of characters would span two or three sentences: each such character counts
 * twice. Null (count characters) for a stream without them.
 */
export function windowWidths(text: string): Int32Array | null {
  if (!DENSE.test(text)) return null;
  const width = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    width[i + 1] = width[i]! + (isDense(text.charCodeAt(i)) ? 2 : 1);
  }
  return width;
}
