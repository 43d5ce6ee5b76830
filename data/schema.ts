/**
 * The story-pack schema. Every pack in data/stories/<id>/ is parsed with it at build
 * time (wxt.config.ts) and in tests; TypeScript types come from it via z.infer.
 * Pure module: no browser, no DOM, no file system. data/load-packs.ts reads the files.
 */
import { UI_LANGS, type UiLang } from '../lib/i18n/langs';
import { isIsoDate, isIsoDateOrRange, splitDateOrRange } from '../lib/iso-date';
import { z } from '../lib/zod';
import { DetectionRulesSchema } from '../lib/detect/rules-schema';

/** Languages a pack may carry text in: the interface languages. English is required everywhere. */
export const CONTENT_LANGS = UI_LANGS;
export type ContentLang = UiLang;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const otherLangs = Object.fromEntries(
  CONTENT_LANGS.filter((l) => l !== 'en').map((l) => [l, nonEmpty.optional()]),
) as { [L in Exclude<ContentLang, 'en'>]: z.ZodOptional<typeof nonEmpty> };

/** User-facing text, per language. `en` is required; other languages are optional. */
export const TextSchema = z.strictObject({ en: nonEmpty, ...otherLangs });
export type Text = z.infer<typeof TextSchema>;

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case id like "novgorod-claim"');

export const IsoDateSchema = z
  .string()
  .refine(isIsoDate, 'must be a real date written YYYY-MM-DD (ISO 8601)');

/** A single ISO date or an ISO interval `start/end` with start <= end. */
export const DateOrRangeSchema = z.string().superRefine((value, ctx) => {
  if (!isIsoDateOrRange(value)) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be YYYY-MM-DD or a range YYYY-MM-DD/YYYY-MM-DD (ISO 8601)',
    });
    return;
  }
  const { start, end } = splitDateOrRange(value);
  if (end !== undefined && start > end) {
    ctx.addIssue({ code: 'custom', message: 'range must not end before it starts' });
  }
});

/** What an entry records: a claim, evidence presented, an assessment, a reaction… */
export const ENTRY_KINDS = [
  'allegation',
  'evidence-claim',
  'intelligence-assessment',
  'denial',
  'dismissal',
  'doubt',
  'statement',
  'reaction',
  'retaliation',
  'independent-check',
  'diplomatic-step',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** A party's stated position on a question at one date. No step at all: no public position. */
export const STANCES = ['affirms', 'denies', 'doubts', 'undecided'] as const;
export type Stance = (typeof STANCES)[number];

/** How other governments reacted, grouped. */
export const VOICE_STANCES = ['condemned', 'concerned', 'neutral', 'no-evidence'] as const;

/** Where a source's date comes from: shown on the page, in its address, or (none shown) the events it reports. */
export const DATE_FROM = ['page', 'url', 'content'] as const;

/** Who said it, and the sources (at least one) the statement rests on. */
export const AttributionSchema = z.strictObject({
  /** Names the speaker as the reader sees it: "Russia's defence ministry, as reported by TASS". */
  by: TextSchema,
  /** Ids of entries in `sources`. */
  sources: z.array(idSchema).min(1, 'every statement rests on at least one source'),
});
export type Attribution = z.infer<typeof AttributionSchema>;

export const ActorSchema = z.strictObject({
  id: idSchema,
  name: TextSchema,
  role: TextSchema.optional(),
});

export const PartySchema = z.strictObject({
  id: idSchema,
  /** Principal parties (Russia, Ukraine, the U.S., the EU) have a position on every question. */
  principal: z.boolean(),
  name: TextSchema,
  actors: z.array(ActorSchema),
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
  /** Where sources disagree on the date (or a number): who says what. */
  dateNote: TextSchema.optional(),
  party: idSchema,
  actors: z.array(idSchema),
  kind: z.enum(ENTRY_KINDS),
  /** One of the entries the compact card shows. */
  key: z.boolean().optional(),
  /** What was said or done, in the pack's own words, already attributed. */
  text: TextSchema,
  attribution: AttributionSchema,
  topics: z.array(idSchema),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** A question the sources contrast; every principal party has a position history on it. */
export const QuestionSchema = z.strictObject({
  /** Also a topic id, so a page's passages can be mapped to the question. */
  id: idSchema,
  text: TextSchema,
});
export type Question = z.infer<typeof QuestionSchema>;

/** One dated step of a party's stated position, taken from a timeline entry. */
export const PositionStepSchema = z.strictObject({
  date: DateOrRangeSchema,
  /** Id of the timeline entry the step comes from (same party; its date). */
  entry: idSchema,
  stance: z.enum(STANCES),
  /** A few words for the trail, e.g. "“Very angry”; “we'll find out”". */
  short: TextSchema,
  /** The stated position in one attributed sentence. */
  text: TextSchema,
});
export type PositionStep = z.infer<typeof PositionStepSchema>;

export const PositionSchema = z
  .strictObject({
    party: idSchema,
    question: idSchema,
    /** The dated trail, in date order; empty when the party said nothing on the question. */
    steps: z.array(PositionStepSchema),
    /** Without steps: what the sources say instead (honestly: no public position). */
    none: TextSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.steps.length === 0 && !p.none) {
      ctx.addIssue({
        code: 'custom',
        path: ['none'],
        message: 'a position without steps says why (no public position)',
      });
    }
    if (p.steps.length > 0 && p.none) {
      ctx.addIssue({
        code: 'custom',
        path: ['none'],
        message: 'only a position without steps has `none`',
      });
    }
  });
export type Position = z.infer<typeof PositionSchema>;

export const VoiceGroupSchema = z.strictObject({
  stance: z.enum(VOICE_STANCES),
  label: TextSchema,
  members: z
    .array(z.strictObject({ who: TextSchema, date: DateOrRangeSchema, entry: idSchema }))
    .min(1),
});
export type VoiceGroup = z.infer<typeof VoiceGroupSchema>;

export const SourceSchema = z.strictObject({
  id: idSchema,
  /** The outlet as it calls itself (not translated). */
  publisher: nonEmpty,
  /** The headline in its original language, when known. */
  title: nonEmpty.optional(),
  /** The page's address, exactly as read; never an invented URL. */
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) address' }),
  /** The page's publication date (see dateFrom). */
  date: IsoDateSchema,
  dateFrom: z.enum(DATE_FROM),
  /** The page's language. */
  lang: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code'),
  /** The agency or outlet whose report the page carries. */
  via: nonEmpty.optional(),
});
export type Source = z.infer<typeof SourceSchema>;

export const NoteSchema = z.strictObject({
  text: TextSchema,
  attribution: AttributionSchema,
});
export type Note = z.infer<typeof NoteSchema>;

/** What readers are shown: everything in a pack but its detection rules (story.json). */
export const StoryContentBaseSchema = z.strictObject({
  id: idSchema,
  title: TextSchema,
  summary: TextSchema,
  /** The dispute's status as the sources describe it, attributed; not Factline's verdict. */
  status: TextSchema,
  /** Date of the latest event the timeline covers. */
  eventsThrough: IsoDateSchema,
  /** Date the pack was last checked against its sources. */
  reviewed: IsoDateSchema,
  parties: z.array(PartySchema).min(1),
  topics: z.array(TopicSchema).min(1),
  questions: z.array(QuestionSchema).min(1),
  timeline: z.array(TimelineEntrySchema).min(1),
  positions: z.array(PositionSchema).min(1),
  otherVoices: z.array(VoiceGroupSchema),
  whyItMatters: z.array(NoteSchema).min(1),
  watchNext: z.array(NoteSchema).min(1),
  sources: z.array(SourceSchema).min(1),
});
export const StoryContentSchema = StoryContentBaseSchema.superRefine(checkContent);
export type StoryContent = z.infer<typeof StoryContentSchema>;

const StoryPackBaseSchema = StoryContentBaseSchema.extend({ detection: DetectionRulesSchema });
export const StoryPackSchema = StoryPackBaseSchema.superRefine((p, ctx) => {
  checkContent(p, ctx);
  for (const topic of Object.keys(p.detection.topics ?? {})) {
    if (!p.topics.some((t) => t.id === topic))
      ctx.addIssue({
        code: 'custom',
        path: ['detection', 'topics', topic],
        message: `unknown topic "${topic}"`,
      });
  }
});
export type StoryPack = z.infer<typeof StoryPackSchema>;
export type StoryPackInput = z.input<typeof StoryPackSchema>;

type Ctx = z.RefinementCtx;
type Content = z.output<typeof StoryContentBaseSchema>;

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

const startOf = (date: string) => splitDateOrRange(date).start;
const endOf = (date: string) => splitDateOrRange(date).end ?? startOf(date);

/**
 * Cross-references inside a pack: every id used is defined, every statement rests on a
 * source, dates are in order and within the pack's dates, every position step points at
 * an entry of its party, every principal party has a position on every question.
 */
function checkContent(p: Content, ctx: Ctx): void {
  const partyIds = new Set(p.parties.map((x) => x.id));
  const topicIds = new Set(p.topics.map((x) => x.id));
  const sourceIds = new Set(p.sources.map((x) => x.id));
  const entries = new Map(p.timeline.map((e) => [e.id, e]));
  const actorIds = new Map(p.parties.map((x) => [x.id, new Set(x.actors.map((a) => a.id))]));
  const used = new Set<string>();
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
  // the same page however its address is written (http or https, a trailing slash, a fragment)
  const pageOf = (url: string) =>
    url
      .replace(/^https?:\/\//, '')
      .replace(/#.*$/, '')
      .replace(/\/+(\?|$)/, '$1')
      .toLowerCase();
  for (const dup of duplicates(p.sources.map((s) => pageOf(s.url)))) {
    issue(['sources'], `two sources share the address ${dup}`);
  }
  p.parties.forEach((party, i) => {
    if (party.principal && party.actors.length === 0)
      issue(['parties', i, 'actors'], 'a principal party needs at least one official or body');
  });

  const checkAttribution = (path: (string | number)[], a: Attribution) => {
    a.sources.forEach((id, j) => {
      used.add(id);
      if (!sourceIds.has(id))
        issue([...path, 'attribution', 'sources', j], `unknown source "${id}"`);
    });
  };

  let previousStart = '';
  let latest = '';
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
    if (!isIsoDateOrRange(entry.date)) return; // already reported by the field's own check
    const start = startOf(entry.date);
    if (start < previousStart) issue([...path, 'date'], 'timeline entries must be in date order');
    previousStart = start;
    if (endOf(entry.date) > latest) latest = endOf(entry.date);
  });
  if (latest && p.eventsThrough !== latest) {
    issue(['eventsThrough'], `must be the date of the latest timeline entry (${latest})`);
  }
  if (p.reviewed < p.eventsThrough)
    issue(['reviewed'], 'a pack is reviewed after its latest event');

  p.questions.forEach((q, i) => {
    if (!topicIds.has(q.id)) issue(['questions', i, 'id'], `question "${q.id}" is not a topic`);
  });

  const seen = new Set<string>();
  p.positions.forEach((pos, i) => {
    const path = ['positions', i];
    const party = p.parties.find((x) => x.id === pos.party);
    if (!party) issue([...path, 'party'], `unknown party "${pos.party}"`);
    else if (!party.principal) issue([...path, 'party'], `"${pos.party}" is not a principal party`);
    if (!p.questions.some((q) => q.id === pos.question)) {
      issue([...path, 'question'], `unknown question "${pos.question}"`);
    }
    const key = `${pos.question}\u0000${pos.party}`;
    if (seen.has(key)) issue(path, `second position for ${pos.party} on "${pos.question}"`);
    seen.add(key);
    let before = '';
    pos.steps.forEach((step, j) => {
      const at = [...path, 'steps', j];
      const entry = entries.get(step.entry);
      if (!entry) return issue([...at, 'entry'], `unknown timeline entry "${step.entry}"`);
      if (entry.party !== pos.party)
        issue(
          [...at, 'entry'],
          `entry "${step.entry}" is a statement of "${entry.party}", not "${pos.party}"`,
        );
      if (step.date !== entry.date)
        issue([...at, 'date'], `must be the date of entry "${step.entry}" (${entry.date})`);
      if (startOf(step.date) < before) issue([...at, 'date'], 'steps must be in date order');
      before = startOf(step.date);
    });
  });
  for (const q of p.questions) {
    for (const party of p.parties) {
      if (party.principal && !seen.has(`${q.id}\u0000${party.id}`)) {
        issue(['positions'], `principal party "${party.id}" has no position on question "${q.id}"`);
      }
    }
  }

  p.otherVoices.forEach((group, i) =>
    group.members.forEach((m, j) => {
      const at = ['otherVoices', i, 'members', j];
      const entry = entries.get(m.entry);
      if (!entry) return issue([...at, 'entry'], `unknown timeline entry "${m.entry}"`);
      if (m.date !== entry.date)
        issue([...at, 'date'], `must be the date of entry "${m.entry}" (${entry.date})`);
    }),
  );
  for (const field of ['whyItMatters', 'watchNext'] as const) {
    p[field].forEach((note, i) => checkAttribution([field, i], note.attribution));
  }
  p.sources.forEach((s, i) => {
    if (!used.has(s.id))
      issue(['sources', i, 'id'], `source "${s.id}" is not used by any statement`);
  });
}
