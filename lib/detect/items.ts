/**
 * Items: where each group (and reserved date group) was hit, then where each pattern
 * occurs, as position lists per id: the input of scoring, strength and passages.
 */
import type { DetectionRules } from './rules-schema';
import type { Hits, Matcher } from './matcher';
import { DATE_GROUPS, type DateGroup } from './date-groups';
import { emptyItems, evalPattern, windowWidths, type Items } from './patterns';
import * as layoutModule from './layout';
import type { Layout } from './layout';

// called per hit: a local copy, as imported bindings may be getters (see normalize.ts)
const segAt = layoutModule.segAt;

/** Builds items for groups and patterns from the hits; `date` adds its reserved group. */
export function collectItems(
  rules: DetectionRules,
  m: Matcher,
  hits: Hits,
  layout: Layout,
  date: DateGroup | null,
): Map<string, Items> {
  const items = new Map<string, Items>();
  for (const id of Object.keys(rules.groups)) items.set(id, emptyItems());
  for (let i = 0; i < hits.group.length; i++) {
    const it = items.get(m.groupIds[hits.group[i]!]!)!;
    it.start.push(hits.start[i]!);
    it.end.push(hits.end[i]!);
    it.seg.push(segAt(layout, hits.start[i]!));
  }
  for (const id of Object.values(DATE_GROUPS)) items.set(id, emptyItems());
  if (date) {
    const rec = items.get(DATE_GROUPS[date])!;
    // one zero-width item at the start of every segment, in stream order
    const seen = new Set<number>();
    layout.norm.blockStarts.forEach((pos, b) => {
      const seg = layout.seg[b]!;
      if (seen.has(seg)) return;
      seen.add(seg);
      rec.start.push(pos);
      rec.end.push(pos);
      rec.seg.push(seg);
    });
  }
  const width = windowWidths(layout.norm.text) ?? undefined;
  for (const p of rules.patterns) items.set(p.id, evalPattern(p, items, width));
  return items;
}
