/**
 * Schema of a story pack's `detection` rules. The ONLY zod module of lib/detect:
 * runtime code imports its types with `import type`, because packs are validated at
 * build/test time and the always-injected detector must not carry zod.
 *
 * Term syntax (one string per term, matched on normalised text: lower case, no
 * diacritics, punctuation and dashes as single spaces, invisible characters removed):
 *   "putin"    a whole word;
 *   "novgorod*" a word starting with the stem (inflection: novgorodskoi, novgorodu…);
 *   "*angriff*" the stem anywhere inside a word (German/Dutch compounds);
 *   "dolgie borody" several words in sequence (only the last may end in `*`).
 * Terms written in scripts without spaces (Chinese, Japanese, Korean, Thai) match
 * anywhere; terms in scripts that attach clitics (Arabic, Persian, Hebrew) may start
 * inside a word. Digits of any script count as ASCII digits ("۹۱" is "91").
 */
import { z } from '../zod';
import { isIsoDate } from '../iso-date';
import { DATE_GROUPS } from './date-groups';

const isoDate = z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD');
export const RuleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id');
export const LangCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[a-z0-9]+)?$/, 'must be a language code');
export const TermSchema = z
  .string()
  .trim()
  .min(1)
  .refine((t) => t.replace(/\*/g, '').trim().length > 0, 'a term needs letters or digits')
  .refine(
    (t) => !t.replace(/^\*|\*$/g, '').includes('*'),
    '`*` only before the first word or after the last (the matcher knows no other)',
  );

/** Terms per language code; the language is used for reporting, matching ignores it. */
export const LangTermsSchema = z.record(LangCodeSchema, z.array(TermSchema).min(1));

/** A named set of words for one concept (a place, an act, a look-alike's marker…). */
export const TermGroupSchema = z.strictObject({
  terms: LangTermsSchema,
  /**
   * Trigger groups feed the cheap pre-filter: a page with none of their terms is never a
   * story. The pre-filter takes the longest word of a phrase ("lake uzhin" → "uzhin");
   * `"phrases"` keeps a group's phrases whole, for words too common alone
   * ("presidential residence", "91 drones").
   */
  trigger: z.union([z.boolean(), z.literal('phrases')]).optional(),
  /** Drop a hit when the word right before it is one of these (e.g. "Nizhny" before "Novgorod"). */
  notAfter: LangTermsSchema.optional(),
  /** Drop a hit when the word right after it is one of these (e.g. "Siverskyi" after "Novgorod"). */
  notBefore: LangTermsSchema.optional(),
});

export const PATTERN_ROLES = ['claim', 'anchor', 'lookalike'] as const;

/**
 * A co-occurrence: one hit of every clause within `window` normalised characters.
 * A clause is a group or pattern id, or a list of them (any of). Patterns may use
 * patterns listed before them. `weight` is added to the page score once when the
 * pattern occurs; look-alikes have negative weights. A `claim` pattern of weight 0
 * only shows where the story sits on the page (e.g. a dateline's place with the report
 * further down): it counts for strength, never for the score, look-alike reach or passages.
 */
export const PatternSchema = z.strictObject({
  id: RuleIdSchema,
  role: z.enum(PATTERN_ROLES).optional(),
  all: z.array(z.union([RuleIdSchema, z.array(RuleIdSchema).min(1)])).min(1),
  window: z.number().int().positive().max(5000).optional(),
  weight: z.number(),
});

/** Which groups or patterns show that a passage touches a topic (question) of the pack. */
export const TopicRuleSchema = z.strictObject({
  any: z.array(RuleIdSchema).min(1),
});

export const DetectionRulesSchema = z
  .strictObject({
    version: z.literal(1),
    /**
     * When the story was news (inclusive). Pages published in it carry the pseudo-group
     * `published-recent` in every segment, pages published before it `published-early`,
     * so patterns can weigh the date (a page updated after its first publication can
     * still be about the story when the text says so strongly).
     */
    recent: z.strictObject({ from: isoDate, to: isoDate }).optional(),
    /**
     * Look-alike patterns only count within this many normalised characters of a claim
     * instance, so a roundup's unrelated paragraph cannot cancel a real mention.
     */
    lookalikeReach: z.number().int().positive().optional(),
    /** Minimum score for a page (or a chrome block) to count as mentioning the story. */
    threshold: z.number().positive(),
    /** At least one of these patterns must occur. */
    require: z.array(RuleIdSchema).min(1),
    groups: z.record(RuleIdSchema, TermGroupSchema),
    patterns: z.array(PatternSchema).min(1),
    /** Keyed by topic id of the pack (checked by the pack schema). */
    topics: z.record(RuleIdSchema, TopicRuleSchema),
    /** Share of content sentences about the story that makes a page `primary` without a headline hit. */
    primaryShare: z.number().min(0).max(1).optional(),
  })
  .superRefine(checkRuleReferences);

export type LangTerms = z.infer<typeof LangTermsSchema>;
export type TermGroup = z.infer<typeof TermGroupSchema>;
export type PatternRule = z.infer<typeof PatternSchema>;
export type TopicRule = z.infer<typeof TopicRuleSchema>;
export type DetectionRules = z.infer<typeof DetectionRulesSchema>;

type Rules = z.output<typeof DetectionRulesSchema>;

/** Every id used is defined (patterns only see earlier patterns), ids are unique, a trigger exists. */
function checkRuleReferences(r: Rules, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const groups = new Set([...Object.keys(r.groups), ...Object.values(DATE_GROUPS)]);
  const seen = new Set<string>();
  r.patterns.forEach((p, i) => {
    if (groups.has(p.id) || seen.has(p.id)) issue(['patterns', i, 'id'], `duplicate id "${p.id}"`);
    p.all.flat().forEach((ref) => {
      if (!groups.has(ref) && !seen.has(ref)) {
        issue(['patterns', i, 'all'], `"${ref}" is not a group or an earlier pattern`);
      }
    });
    seen.add(p.id);
  });
  r.require.forEach((id, i) => {
    if (!seen.has(id)) issue(['require', i], `unknown pattern "${id}"`);
  });
  for (const [topic, rule] of Object.entries(r.topics)) {
    rule.any.forEach((ref, i) => {
      if (!groups.has(ref) && !seen.has(ref)) {
        issue(['topics', topic, 'any', i], `"${ref}" is not a group or pattern`);
      }
    });
  }
  if (!Object.values(r.groups).some((g) => g.trigger)) {
    issue(['groups'], 'at least one group must be a trigger');
  }
}
