/**
 * Strength: is the page about the story (`primary`) or does it only mention it? The
 * headline (or, without one, the title and the start of the text), the lead, and the
 * share of sentences that carry the story decide.
 */
import type { DetectionRules, PatternRule } from './rules-schema';
import type { Items } from './patterns';
import { CONTENT_SEG, TITLE_SEG, type Layout } from './layout';
import { sentenceAt } from './normalize';

const DEFAULT_SHARE = 0.2;
/** Up to this many content sentences, a text is a brief: leading with the claim is enough. */
const SHORT_TEXT = 4;

/** Patterns whose sentences show what the page is about: claims and strong anchors. */
export function storyPatterns(rules: DetectionRules): PatternRule[] {
  return rules.patterns.filter((p) => p.role === 'claim' || (p.role === 'anchor' && p.weight >= 2));
}

/**
 * True when the story's evidence sits where a page's subject does. `lookalike` says a
 * look-alike counted on the page: then weight-0 claims (a dateline's place joined to a
 * report further down) do not make it about the story, as the page may be about that.
 */
export function isProminent(
  rules: DetectionRules,
  items: Map<string, Items>,
  layout: Layout,
  lookalike = false,
): boolean {
  const sentences = new Set<number>();
  let head = false;
  let lead = false;
  for (const p of storyPatterns(rules)) {
    if (lookalike && p.weight === 0) continue;
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
      // an instance straddling sentences (a window reaching into the next list item or
      // line) shows no sentence about the story; ones inside a sentence do
      const last = sentenceAt(layout.norm, e - 1);
      if (sentenceAt(layout.norm, s) === last) sentences.add(last);
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
