/**
 * The story-pack schema. Every pack in data/stories/ is parsed with it at build
 * time (wxt.config.ts) and in tests; TypeScript types come from it via z.infer.
 * Pure module: no browser, no DOM, no file system.
 */
import { UI_LANGS, type UiLang } from '../lib/i18n/langs';
import { z } from '../lib/zod';
import { DetectionRulesSchema } from '../lib/detect/rules-schema';

/** Languages a pack may carry text in: the interface languages. English is required everywhere. */
export const CONTENT_LANGS = UI_LANGS;
export type ContentLang = UiLang;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** User-facing text, per language. `en` is required; other languages are optional. */
export const TextSchema = z.strictObject({
  en: nonEmpty,
  uk: nonEmpty.optional(),
  ru: nonEmpty.optional(),
  de: nonEmpty.optional(),
  fr: nonEmpty.optional(),
});
export type Text = z.infer<typeof TextSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id like "novgorod-claim"');

const isoDateRe = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = isoDateRe.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, 'must be a real date written YYYY-MM-DD (ISO 8601)');

/** A single ISO date or an ISO interval `start/end` with start <= end. */
export const DateOrRangeSchema = z.string().superRefine((value, ctx) => {
  const parts = value.split('/');
  if (parts.length > 2 || !parts.every(isIsoDate)) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD (ISO 8601)',
    });
    return;
  }
  if (parts.length === 2 && parts[0]! > parts[1]!) {
    ctx.addIssue({ code: 'custom', message: 'range must not end before it starts' });
  }
});

export const EVIDENCE_TYPES = [
  'allegation',
  'evidence-claim',
  'intelligence-assessment',
  'denial',
  'dismissal',
] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

export const STANCES = ['affirms', 'denies', 'disputes', 'no-public-position'] as const;
export type Stance = (typeof STANCES)[number];

export const SOURCE_KINDS = [
  'news-report',
  'official-statement',
  'official-video',
  'intelligence-assessment',
] as const;

/** Who said it, and which source the statement rests on. */
export const AttributionSchema = z.strictObject({
  /** Names the speaker as the reader sees it: "Russia's defence ministry". */
  by: TextSchema,
  /** Id of an entry in `sources`. */
  source: idSchema,
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const ActorSchema = z.strictObject({
  id: idSchema,
  name: TextSchema,
  role: TextSchema.optional(),
});

export const PartySchema = z.strictObject({
  id: idSchema,
  name: TextSchema,
  actors: z.array(ActorSchema).min(1, 'each party needs at least one official or body'),
});
export type Party = z.infer<typeof PartySchema>;

/** What a page or a timeline entry can touch: the contested questions and the key developments. */
export const TopicSchema = z.strictObject({
  id: idSchema,
  label: TextSchema,
});
export type Topic = z.infer<typeof TopicSchema>;

export const TimelineEntrySchema = z.strictObject({
  id: idSchema,
  date: DateOrRangeSchema,
  party: idSchema,
  actors: z.array(idSchema),
  evidence: z.enum(EVIDENCE_TYPES),
  /** What was said or done, in the pack's own words, already attributed. */
  text: TextSchema,
  attribution: AttributionSchema,
  topics: z.array(idSchema),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** A question the sources contrast; every party has a position on it. */
export const QuestionSchema = z.strictObject({
  /** Also a topic id, so a page's passages can be mapped to the question. */
  id: idSchema,
  text: TextSchema,
});
export type Question = z.infer<typeof QuestionSchema>;

export const PositionSchema = z
  .strictObject({
    question: idSchema,
    party: idSchema,
    stance: z.enum(STANCES),
    /** Short form for the table, e.g. "Yes", "91 drones". */
    short: TextSchema,
    /** The stated position in a sentence; for no-public-position, what the sources say instead. */
    text: TextSchema,
    attribution: AttributionSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.stance !== 'no-public-position' && !p.attribution) {
      ctx.addIssue({
        code: 'custom',
        path: ['attribution'],
        message: 'a stated position needs an attribution (who said it, which source)',
      });
    }
  });
export type Position = z.infer<typeof PositionSchema>;

export const SourceSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(SOURCE_KINDS),
  /** What the source is, as far as it is known; never an invented title or URL. */
  description: TextSchema,
  date: DateOrRangeSchema.optional(),
  /** The source through which this one is known (e.g. a news report). */
  via: idSchema.optional(),
  url: z.url().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const NoteSchema = z.strictObject({
  text: TextSchema,
  attribution: AttributionSchema,
});
export type Note = z.infer<typeof NoteSchema>;

const StoryPackBaseSchema = z.strictObject({
  id: idSchema,
  title: TextSchema,
  summary: TextSchema,
  /** The dispute's status as the sources describe it, attributed; not Factline's verdict. */
  status: TextSchema,
  /** The date the pack was last reviewed against its sources. */
  asOf: IsoDateSchema,
  parties: z.array(PartySchema).min(1),
  topics: z.array(TopicSchema).min(1),
  questions: z.array(QuestionSchema).min(1),
  timeline: z.array(TimelineEntrySchema).min(1),
  positions: z.array(PositionSchema).min(1),
  whyItMatters: z.array(NoteSchema).min(1),
  watchNext: z.array(NoteSchema).min(1),
  sources: z.array(SourceSchema).min(1),
  detection: DetectionRulesSchema,
});
export const StoryPackSchema = StoryPackBaseSchema.superRefine(checkReferences);
export type StoryPack = z.infer<typeof StoryPackSchema>;
export type StoryPackInput = z.input<typeof StoryPackSchema>;
/** What readers are shown: a pack without its detection rules (extension pages and the card). */
export type StoryContent = Omit<StoryPack, 'detection'>;

type Ctx = z.RefinementCtx;

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

/** Cross-references inside a pack: every id used is defined, dates in order, positions complete. */
function checkReferences(p: z.output<typeof StoryPackBaseSchema>, ctx: Ctx): void {
  const partyIds = new Set(p.parties.map((x) => x.id));
  const topicIds = new Set(p.topics.map((x) => x.id));
  const sourceIds = new Set(p.sources.map((x) => x.id));
  const actorIds = new Map(p.parties.map((x) => [x.id, new Set(x.actors.map((a) => a.id))]));
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });

  for (const [field, list] of [
    ['parties', p.parties],
    ['topics', p.topics],
    ['questions', p.questions],
    ['timeline', p.timeline],
    ['sources', p.sources],
  ] as const) {
    for (const dup of duplicates(list.map((x) => x.id))) issue([field], `duplicate id "${dup}"`);
  }

  const checkAttribution = (path: (string | number)[], a: Attribution | undefined) => {
    if (a && !sourceIds.has(a.source)) {
      issue([...path, 'attribution', 'source'], `unknown source "${a.source}"`);
    }
  };

  let previousStart = '';
  p.timeline.forEach((entry, i) => {
    const path = ['timeline', i];
    if (!partyIds.has(entry.party)) issue([...path, 'party'], `unknown party "${entry.party}"`);
    entry.actors.forEach((actor, j) => {
      if (partyIds.has(entry.party) && !actorIds.get(entry.party)?.has(actor)) {
        issue([...path, 'actors', j], `"${actor}" is not an actor of party "${entry.party}"`);
      }
    });
    entry.topics.forEach((topic, j) => {
      if (!topicIds.has(topic)) issue([...path, 'topics', j], `unknown topic "${topic}"`);
    });
    checkAttribution(path, entry.attribution);
    const dates = entry.date.split('/');
    if (!dates.every(isIsoDate)) return; // already reported by the field's own check
    const start = dates[0] ?? '';
    if (start < previousStart) issue([...path, 'date'], 'timeline entries must be in date order');
    previousStart = start;
    if (entry.date.split('/').some((d) => d > p.asOf)) {
      issue([...path, 'date'], `dated after the pack's asOf (${p.asOf})`);
    }
  });

  p.questions.forEach((q, i) => {
    if (!topicIds.has(q.id)) issue(['questions', i, 'id'], `question "${q.id}" is not a topic`);
  });

  const seen = new Set<string>();
  p.positions.forEach((pos, i) => {
    const path = ['positions', i];
    if (!partyIds.has(pos.party)) issue([...path, 'party'], `unknown party "${pos.party}"`);
    if (!p.questions.some((q) => q.id === pos.question)) {
      issue([...path, 'question'], `unknown question "${pos.question}"`);
    }
    const key = `${pos.question}\u0000${pos.party}`;
    if (seen.has(key)) issue(path, `second position for ${pos.party} on "${pos.question}"`);
    seen.add(key);
    checkAttribution(path, pos.attribution);
  });
  for (const q of p.questions) {
    for (const party of p.parties) {
      if (!seen.has(`${q.id}\u0000${party.id}`)) {
        issue(
          ['positions'],
          `party "${party.id}" has no position on question "${q.id}" (use stance "no-public-position")`,
        );
      }
    }
  }

  for (const field of ['whyItMatters', 'watchNext'] as const) {
    p[field].forEach((note, i) => checkAttribution([field, i], note.attribution));
  }
  p.sources.forEach((s, i) => {
    if (s.via && !sourceIds.has(s.via)) issue(['sources', i, 'via'], `unknown source "${s.via}"`);
  });
  for (const topic of Object.keys(p.detection.topics ?? {})) {
    if (!topicIds.has(topic)) issue(['detection', 'topics', topic], `unknown topic "${topic}"`);
  }
}
