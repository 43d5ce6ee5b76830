/**
 * From group hits to pattern instances, scores per zone, and the strength: the
 * story-independent part of detection. Weights and thresholds come from the rules.
 */
import type { DetectionRules, PatternRule } from './rules-schema';
import type { Hits, Matcher } from './matcher';
import { DATE_GROUPS, emptyItems, evalPattern, type DateGroup, type Items } from './patterns';
import * as layoutModule from './layout';
import { CONTENT_SEG, TITLE_SEG, type Layout } from './layout';
import { sentenceAt } from './normalize';
import type { Strength } from './types';

export interface Evaluation {
  strength: Strength | null;
  score: number;
  /** Segment whose evidence decided (CONTENT_SEG, or a chrome block's segment). */
  seg: number;
  /** Pattern ids that counted in the deciding segment (plus the title for content). */
  signals: string[];
}

// called per hit: a local copy, as imported bindings may be getters (see normalize.ts)
const segAt = layoutModule.segAt;
const DEFAULT_SHARE = 0.2;
const MAX_WINDOW = 5000;
const SHORT_TEXT = 4;

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
  for (const p of rules.patterns) items.set(p.id, evalPattern(p, items));
  return items;
}

/** Claim instances of one segment test, sorted by end. */
function claimsIn(
  rules: DetectionRules,
  items: Map<string, Items>,
  inSeg: (s: number) => boolean,
): Items {
  const all: Array<[number, number, number]> = [];
  for (const p of rules.patterns) {
    if (p.role !== 'claim') continue;
    const it = items.get(p.id)!;
    for (let i = 0; i < it.end.length; i++) {
      if (inSeg(it.seg[i]!)) all.push([it.start[i]!, it.end[i]!, it.seg[i]!]);
    }
  }
  all.sort((a, b) => a[1] - b[1]);
  return { start: all.map((x) => x[0]), end: all.map((x) => x[1]), seg: all.map((x) => x[2]) };
}

/** True when some item of `it` in the zone lies within `reach` of a claim instance of its segment. */
function nearClaim(
  it: Items,
  claims: Items,
  reach: number,
  inSeg: (s: number) => boolean,
): boolean {
  for (let i = 0; i < it.end.length; i++) {
    if (!inSeg(it.seg[i]!)) continue;
    const s = it.start[i]!;
    const e = it.end[i]!;
    let lo = 0;
    let hi = claims.end.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (claims.end[mid]! < s - reach) lo = mid + 1;
      else hi = mid;
    }
    for (let c = lo; c < claims.end.length && claims.end[c]! <= e + reach + MAX_WINDOW; c++) {
      if (claims.seg[c] === it.seg[i] && claims.start[c]! <= e + reach) return true;
    }
  }
  return false;
}

function zoneScore(
  rules: DetectionRules,
  items: Map<string, Items>,
  inSeg: (s: number) => boolean,
) {
  const reach = rules.lookalikeReach ?? Infinity;
  const claims = claimsIn(rules, items, inSeg);
  let score = 0;
  const signals: string[] = [];
  for (const p of rules.patterns) {
    if (p.weight === 0) continue;
    const it = items.get(p.id)!;
    const counts =
      p.role === 'lookalike' && reach !== Infinity
        ? nearClaim(it, claims, reach, inSeg)
        : it.seg.some(inSeg);
    if (!counts) continue;
    score += p.weight;
    signals.push(p.id);
  }
  const required = rules.require.some((id) => items.get(id)!.seg.some(inSeg));
  return { score, signals, ok: required && score >= rules.threshold };
}

/** Patterns whose sentences show what the page is about: claims and strong anchors. */
export function storyPatterns(rules: DetectionRules): PatternRule[] {
  return rules.patterns.filter((p) => p.role === 'claim' || (p.role === 'anchor' && p.weight >= 2));
}

function isProminent(rules: DetectionRules, items: Map<string, Items>, layout: Layout): boolean {
  const sentences = new Set<number>();
  let head = false;
  let lead = false;
  for (const p of storyPatterns(rules)) {
    const it = items.get(p.id)!;
    for (let i = 0; i < it.end.length; i++) {
      const s = it.start[i]!;
      const e = it.end[i]!;
      const seg = it.seg[i]!;
      if (
        p.role === 'claim' &&
        (seg === TITLE_SEG || layout.head.some(([a, b]) => s < b && e > a))
      ) {
        head = true;
      }
      if (seg !== CONTENT_SEG) continue;
      if (p.role === 'claim' && s < layout.leadEnd) lead = true;
      sentences.add(sentenceAt(layout.norm, e - 1));
    }
  }
  const n = sentences.size;
  const share = n / Math.max(1, layout.contentSentences);
  // a brief of a few sentences that leads with the claim is about it
  const brief = layout.contentSentences <= SHORT_TEXT;
  return (
    head ||
    (lead && (n >= 2 || brief)) ||
    (n >= 2 && share >= (rules.primaryShare ?? DEFAULT_SHARE)) ||
    n >= 5
  );
}

/** Scores the content and each chrome block; decides story presence and strength. */
export function evaluate(
  rules: DetectionRules,
  items: Map<string, Items>,
  layout: Layout,
): Evaluation {
  const content = zoneScore(rules, items, (s) => s === CONTENT_SEG || s === TITLE_SEG);
  if (content.ok) {
    const strength = isProminent(rules, items, layout) ? 'primary' : 'passing';
    return { strength, score: content.score, seg: CONTENT_SEG, signals: content.signals };
  }
  const chromeSegs = new Set<number>();
  for (const id of rules.require)
    for (const s of items.get(id)!.seg) if (s > CONTENT_SEG) chromeSegs.add(s);
  let best: { score: number; signals: string[]; seg: number } | null = null;
  for (const seg of chromeSegs) {
    const z = zoneScore(rules, items, (s) => s === seg);
    if (z.ok && (!best || z.score > best.score)) best = { score: z.score, signals: z.signals, seg };
  }
  if (best) return { strength: 'passing', ...best };
  return { strength: null, score: content.score, seg: CONTENT_SEG, signals: content.signals };
}
