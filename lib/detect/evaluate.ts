/**
 * Scores per zone (the content; each chrome block on its own) and the decision: story
 * or not, primary or passing. Weights and thresholds come from the rules.
 */
import type { DetectionRules } from './rules-schema';
import type { Items } from './patterns';
import { CONTENT_SEG, TITLE_SEG, type Layout } from './layout';
import * as normalizeModule from './normalize';
import { isProminent } from './prominence';
import type { Strength } from './types';

export interface Evaluation {
  strength: Strength | null;
  score: number;
  /** Segment whose evidence decided (CONTENT_SEG, or a chrome block's segment). */
  seg: number;
  /** Pattern ids that counted in the deciding segment (plus the title for content). */
  signals: string[];
}

const MAX_WINDOW = 5000;

// a local copy: imported bindings may be getters (see normalize.ts)
const { blockAt } = normalizeModule;

/** Claim instances of one segment test, sorted by end. */
function claimsIn(
  rules: DetectionRules,
  items: Map<string, Items>,
  inSeg: (s: number) => boolean,
): Items {
  const all: Array<[number, number, number]> = [];
  for (const p of rules.patterns) {
    // weight-0 claims only show where the story sits (strength), not where it is told
    if (p.role !== 'claim' || p.weight === 0) continue;
    const it = items.get(p.id)!;
    for (let i = 0; i < it.end.length; i++) {
      if (inSeg(it.seg[i]!)) all.push([it.start[i]!, it.end[i]!, it.seg[i]!]);
    }
  }
  all.sort((a, b) => a[1] - b[1]);
  return { start: all.map((x) => x[0]), end: all.map((x) => x[1]), seg: all.map((x) => x[2]) };
}

/** The title and the content are one zone: a title's claim sees the look-alike opening the text. */
const sameZone = (a: number, b: number) =>
  a === b || ((a === TITLE_SEG || a === CONTENT_SEG) && (b === TITLE_SEG || b === CONTENT_SEG));

/** True when some item of `it` in the zone lies within `reach` of a claim instance of its zone. */
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
      if (sameZone(claims.seg[c]!, it.seg[i]!) && claims.start[c]! <= e + reach) return true;
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

/** Scores the content and each chrome block; decides story presence and strength. */
export function evaluate(
  rules: DetectionRules,
  items: Map<string, Items>,
  layout: Layout,
): Evaluation {
  const content = zoneScore(rules, items, (s) => s === CONTENT_SEG || s === TITLE_SEG);
  if (content.ok) {
    const lookalike = rules.patterns.some(
      (p) => p.role === 'lookalike' && content.signals.includes(p.id),
    );
    const strength = isProminent(rules, items, layout, lookalike) ? 'primary' : 'passing';
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

/**
 * For a page's raw text (raw-page.ts), read as one zone whose blocks never span two of
 * the extraction's: whether some zone the extraction could make of these blocks might
 * pass, counting every positive weight a zone could have and only the negative weight it
 * cannot escape. A zone either avoids every block that holds a negative by itself (a
 * look-alike next to a claim of its own block, any other negative pattern inside one
 * block): then it has at most the positives of the other blocks; or it holds one of them
 * and with it at least that block's negatives. False means no extraction of this text
 * finds the story (up to what the extraction leaves out between two terms).
 */
export function mayPass(rules: DetectionRules, items: Map<string, Items>, layout: Layout): boolean {
  const blockOf = (pos: number) => blockAt(layout.norm, pos);
  const within = (it: Items, i: number) => {
    const b = blockOf(it.start[i]!);
    return it.end[i]! > it.start[i]! && blockOf(it.end[i]! - 1) === b ? b : -1;
  };
  const reach = rules.lookalikeReach ?? Infinity;
  const claims = claimsIn(rules, items, () => true);
  /** Claim instances that lie inside one block, by block. */
  const claimsOf = new Map<number, number[]>();
  for (let c = 0; c < claims.end.length; c++) {
    const b = within(claims, c);
    if (b >= 0) claimsOf.set(b, [...(claimsOf.get(b) ?? []), c]);
  }
  /** Per block, the negative patterns it holds by itself. */
  const own = new Map<number, Set<string>>();
  for (const p of rules.patterns) {
    if (!(p.weight < 0)) continue;
    const it = items.get(p.id)!;
    for (let i = 0; i < it.end.length; i++) {
      const b = within(it, i);
      if (b < 0) continue;
      const near = (c: number) =>
        claims.start[c]! <= it.end[i]! + reach && claims.end[c]! >= it.start[i]! - reach;
      if (p.role === 'lookalike' && !claimsOf.get(b)?.some(near)) continue;
      own.set(b, (own.get(b) ?? new Set()).add(p.id));
    }
  }
  const weight = new Map(rules.patterns.map((p) => [p.id, p.weight]));
  /** Positive score and whether a required pattern occurs, of instances `keep` lets in
   * (a date's zero-width item stands in every zone). */
  const positives = (keep: (it: Items, i: number) => boolean) => {
    const has = (id: string) => {
      const it = items.get(id)!;
      for (let i = 0; i < it.end.length; i++) {
        if (it.end[i] === it.start[i] || keep(it, i)) return true;
      }
      return false;
    };
    let score = 0;
    for (const p of rules.patterns) if (p.weight > 0 && has(p.id)) score += p.weight;
    return { score, required: rules.require.some(has) };
  };
  const passes = (z: { score: number; required: boolean }) =>
    z.required && z.score >= rules.threshold;
  // a zone without any block that holds a negative by itself
  const free = (it: Items, i: number) =>
    !own.has(blockOf(it.start[i]!)) && !own.has(blockOf(Math.max(it.start[i]!, it.end[i]! - 1)));
  if (passes(positives(free))) return true;
  if (!own.size) return false;
  // a zone with one of them at least: all positives, less the smallest such block's negatives
  const all = positives(() => true);
  let least = Infinity;
  for (const ids of own.values()) {
    let w = 0;
    for (const id of ids) w += weight.get(id)!;
    least = Math.min(least, -w);
  }
  return passes({ score: all.score - least, required: all.required });
}
