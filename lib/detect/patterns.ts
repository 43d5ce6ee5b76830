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

/** Reserved group ids, present in every segment when the page's publication date is known. */
export const DATE_GROUPS = {
  /** Published within the rules' `recent` period (while the story was news). */
  recent: 'published-recent',
  /** Published before the period began: the page cannot be reporting it, unless updated. */
  early: 'published-early',
} as const;
export type DateGroup = keyof typeof DATE_GROUPS;

export const emptyItems = (): Items => ({ start: [], end: [], seg: [] });

/** Instances of `p` given the items of every group and earlier pattern. */
export function evalPattern(p: PatternRule, sources: ReadonlyMap<string, Items>): Items {
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
    if (min < 0 || best - min > window) continue;
    out.start.push(min);
    out.end.push(best);
    out.seg.push(seg);
  }
  return out;
}
