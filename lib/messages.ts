/**
 * Every message between the extension's contexts: its name, direction and schema.
 * Receivers parse with these schemas and check the sender (entrypoints do that);
 * the always-injected trigger and the page side only import the types, so no zod
 * ships with them. zod/mini keeps the receivers' bundles small.
 */
import type { StoryContent } from '../data/schema';
import type { DateTable } from './format/date-formats';
import type { Catalog } from './i18n/catalog';
import { UI_LANGS, type UiLang } from './i18n/langs';
import { isIsoDate } from './iso-date';
import { MAX_TRIGGER_CHARS, PART_OVERLAP } from './trigger-limit';
import type { Settings } from './settings/definitions';
import { z } from './zod-mini';

const storyId = z.string().check(z.regex(/^[a-z0-9-]{1,80}$/));
const isoDate = z.string().check(z.refine(isIsoDate));
const tabId = z.number().check(z.int(), z.nonnegative());
const strength = z.enum(['primary', 'passing']);
const uiLang = z.enum(UI_LANGS);

/** Most blocks one page may send (the page side keeps 200k characters, in far fewer blocks). */
export const MAX_BLOCKS = 20_000;
/** Most characters of block text in one message. */
export const MAX_BLOCK_CHARS = 250_000;

/** A base-36, comma-separated list of at most MAX_BLOCKS numbers. */
const idList = z
  .string()
  .check(z.maxLength(MAX_BLOCKS * 8), z.regex(/^(?:[0-9a-z]{1,7}(?:,[0-9a-z]{1,7})*)?$/));

export const PassageSummarySchema = z.strictObject({
  text: z.string().check(z.maxLength(2000)),
  questions: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(20)),
});
export type PassageSummary = z.infer<typeof PassageSummarySchema>;

/**
 * trigger script → background: this page's text opened the gate. The background runs
 * the pre-filter and screens the raw text (lib/detect/screen.ts), and starts the page
 * side only when the text could hold a story; until then the trigger sends what the
 * page adds.
 */
export const TriggerSchema = z.strictObject({
  type: z.literal('factline:trigger'),
  /** Raw page text, marked where each text node and block begins (lib/text-breaks.ts): the whole
   * page (`fresh`, in parts when `more`), or what it added. */
  text: z.string().check(z.maxLength(MAX_TRIGGER_CHARS)),
  /** The text starts the page over (a new document or URL); else it adds to what was sent. */
  fresh: z.boolean(),
  /** More parts of the same page follow. */
  more: z.optional(z.boolean()),
  /** Characters at the start of this part that end the part before (a term cut between
   * two parts is whole in one of them). */
  repeats: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(PART_OVERLAP))),
  /** The page holds too much text to screen (MAX_SCREEN_CHARS): start the page side. */
  unscreened: z.optional(z.literal(true)),
});
export type Trigger = z.infer<typeof TriggerSchema>;

/**
 * background → trigger: `go`, the page side was started; `no`, the text so far has a
 * trigger term but cannot hold a story (send everything the page adds); `none`, the
 * pre-filter turned the text away (send what the page adds only when it opens the gate);
 * `more`, send the next part; `resend`, the background lacks the page's earlier text (its
 * worker restarted, or what the page added has a trigger term): send the whole page.
 */
export type TriggerAnswer = 'go' | 'no' | 'none' | 'more' | 'resend';

/**
 * page side → background: the page's text blocks, or what changed since the last
 * message of the same page session (`base` is the `seq` it builds on).
 */
export const PageBlocksSchema = z.strictObject({
  type: z.literal('factline:page-blocks'),
  /** Random id of one page-side session (one document, or one URL of a single-page app). */
  page: z.string().check(z.regex(/^[a-z0-9]{8,32}$/)),
  seq: z.number().check(z.int(), z.nonnegative()),
  /** null: the whole page follows (order lists only ids in `added`). */
  base: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** The reader asked ("Check this page"): show the result whatever the settings. */
  explicit: z.optional(z.boolean()),
  url: z.string().check(z.maxLength(8192)),
  /** Block ids in document order, base-36, comma-separated (lib/extract/page-session.ts BlockUpdate). */
  order: idList,
  /** One letter per block of `order`: h(eadline) m(ain) c(hrome) o(ther). */
  kinds: z.string().check(z.maxLength(MAX_BLOCKS), z.regex(/^[hmco]*$/)),
  /** The new blocks: ids and text lengths (base-36 lists), their texts joined. */
  added: z.strictObject({
    ids: idList,
    lengths: idList,
    text: z.string().check(z.maxLength(MAX_BLOCK_CHARS)),
  }),
  title: z.optional(z.string().check(z.maxLength(2000))),
  lang: z.optional(z.string().check(z.maxLength(35))),
  published: z.optional(isoDate),
});
export type PageBlocks = z.infer<typeof PageBlocksSchema>;

/** A passage found by the background, relative to one of the page's blocks (by block id). */
export interface FoundPassage {
  block: number;
  start: number;
  end: number;
  questions: string[];
}

/** background → page side: the detection over the page's blocks. */
export interface PageDetection {
  type: 'factline:detection';
  seq: number;
  story: string | null;
  strength: 'primary' | 'passing' | null;
  score: number;
  lang?: string;
  signals?: string[];
  passages: FoundPassage[];
}

/** background → page side: the background lacks the base of a change; send the whole page. */
export interface ResendRequest {
  type: 'factline:resend';
}

/** popup → background: the state of a tab. */
export const GetTabStateSchema = z.strictObject({
  type: z.literal('factline:get-tab-state'),
  tabId,
});

/** popup → background: run the detector in a tab now (activeTab), whatever the settings. */
export const CheckTabSchema = z.strictObject({
  type: z.literal('factline:check-tab'),
  tabId,
});

/** popup → background → card: show or hide the card, or scroll to a passage. */
export const CardCommandSchema = z.strictObject({
  type: z.literal('factline:card-command'),
  tabId,
  command: z.enum(['show', 'hide', 'focus-passage']),
  index: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type CardCommand = z.infer<typeof CardCommandSchema>;

/** card → background: the reader dismissed the card on this page, or showed it again. */
export const CardVisibilitySchema = z.strictObject({
  type: z.literal('factline:card-visibility'),
  visible: z.boolean(),
});

/**
 * card → background: all the card needs to show a story in one language (CardKit): the
 * card bundles no pack, no catalog, no settings store and makes no Intl call. `lang`
 * null: the language the settings and the page call for. `dates`: the page's own dates
 * to format too (its publication date).
 */
export const GetCardKitSchema = z.strictObject({
  type: z.literal('factline:get-card-kit'),
  story: storyId,
  lang: z.nullable(uiLang),
  pageLang: z.optional(z.string().check(z.maxLength(35))),
  dates: z.array(isoDate).check(z.maxLength(4)),
});

/** card → background: the reader switched Factline off for this page's site. */
export const DisableSiteSchema = z.strictObject({ type: z.literal('factline:disable-site') });

export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  TriggerSchema,
  PageBlocksSchema,
  GetTabStateSchema,
  CheckTabSchema,
  CardCommandSchema,
  CardVisibilitySchema,
  GetCardKitSchema,
  DisableSiteSchema,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** What the background knows about a tab (answer to get-tab-state). */
export const TabStateSchema = z.strictObject({
  url: z.string(),
  story: z.nullable(storyId),
  strength: z.nullable(strength),
  score: z.number(),
  passages: z.array(PassageSummarySchema),
  published: z.optional(isoDate),
  lang: z.optional(z.string()),
  /** Whether the card UI is on the page and visible. */
  cardVisible: z.boolean(),
  /** Why nothing is shown, when the story was found but the card is not injected. */
  suppressed: z.optional(z.enum(['site-off', 'badge-only'])),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** background → card (tabs.sendMessage): commands relayed from the popup. */
export interface CardMessage {
  type: 'factline:card-command';
  command: 'show' | 'hide' | 'focus-passage';
  index?: number;
}

/** background → card (tabs.sendMessage): the settings changed. */
export interface SettingsPush {
  type: 'factline:settings';
  settings: Settings;
}

/** background → card: the answer to get-card-kit. */
export interface CardKit {
  story: string;
  /** The kit's language, and the languages the story's text is written in. */
  lang: UiLang;
  langs: UiLang[];
  /** The story's text in `lang` and English. */
  content: StoryContent;
  /** Every interface message in `lang`. */
  catalog: Catalog;
  /** Plural categories of 0 … 199 in `lang` (lib/i18n/locale-data.ts). */
  plurals: string[];
  /** Every date of the story and the page, formatted for `lang`. */
  dates: DateTable;
  settings: Settings;
}
