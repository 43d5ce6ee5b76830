/**
 * Scores per zone (the content; each chrome block on its own) and the decision: story
 * or not, primary or passing. Weights and thresholds come from the rules.
 */
import type { DetectionRules } from './rules-schema';
import type { Items } from './patterns';
import { CONTENT_SEG, TITLE_SEG, type Layout } from './layout';
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
  negatives: boolean,
) {
  const reach = rules.lookalikeReach ?? Infinity;
  const claims = claimsIn(rules, items, inSeg);
  let score = 0;
  const signals: string[] = [];
  for (const p of rules.patterns) {
    if (p.weight === 0 || (p.weight < 0 && !negatives)) continue;
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

/**
 * Scores the content and each chrome block; decides story presence and strength. Without
 * `negatives`, what takes evidence away (look-alikes, other negative weights) is left out:
 * a score no zone of the same text can exceed, however the text is split into zones
 * (raw-page.ts).
 */
export function evaluate(
  rules: DetectionRules,
  items: Map<string, Items>,
  layout: Layout,
  negatives = true,
): Evaluation {
  const content = zoneScore(rules, items, (s) => s === CONTENT_SEG || s === TITLE_SEG, negatives);
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
    const z = zoneScore(rules, items, (s) => s === seg, negatives);
    if (z.ok && (!best || z.score > best.score)) best = { score: z.score, signals: z.signals, seg };
  }
  if (best) return { strength: 'passing', ...best };
  return { strength: null, score: content.score, seg: CONTENT_SEG, signals: content.signals };
}
