/**
 * Every message between the extension's contexts: its name, direction and schema.
 * Receivers parse with these schemas and check the sender (entrypoints do that);
 * the always-injected detector only imports the types, so no zod ships with it.
 */
import { z } from './zod';

const storyId = z.string().regex(/^[a-z0-9-]{1,80}$/);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PassageSummarySchema = z.strictObject({
  text: z.string().max(2000),
  questions: z.array(z.string().max(64)).max(20),
});

/** detector content script → background: what this page is (story null: nothing found). */
export const PageReportSchema = z.strictObject({
  type: z.literal('factline:page-report'),
  url: z.string().max(8192),
  story: storyId.nullable(),
  strength: z.enum(['primary', 'passing']).nullable(),
  score: z.number().finite(),
  passages: z.array(PassageSummarySchema).max(100),
  published: isoDate.optional(),
  lang: z.string().max(35).optional(),
});
export type PageReport = z.infer<typeof PageReportSchema>;

/** popup → background: the state of a tab. */
export const GetTabStateSchema = z.strictObject({
  type: z.literal('factline:get-tab-state'),
  tabId: z.number().int().nonnegative(),
});

/** popup → background: run the detector in a tab now (activeTab), whatever the settings. */
export const CheckTabSchema = z.strictObject({
  type: z.literal('factline:check-tab'),
  tabId: z.number().int().nonnegative(),
});

/** popup → background → card: show or hide the card, or scroll to a passage. */
export const CardCommandSchema = z.strictObject({
  type: z.literal('factline:card-command'),
  tabId: z.number().int().nonnegative(),
  command: z.enum(['show', 'hide', 'focus-passage']),
  index: z.number().int().nonnegative().optional(),
});
export type CardCommand = z.infer<typeof CardCommandSchema>;

/** card → background: the reader dismissed the card on this page, or showed it again. */
export const CardVisibilitySchema = z.strictObject({
  type: z.literal('factline:card-visibility'),
  visible: z.boolean(),
});

export const BackgroundMessageSchema = z.discriminatedUnion('type', [
  PageReportSchema,
  GetTabStateSchema,
  CheckTabSchema,
  CardCommandSchema,
  CardVisibilitySchema,
]);
export type BackgroundMessage = z.infer<typeof BackgroundMessageSchema>;

/** What the background knows about a tab (answer to get-tab-state). */
export const TabStateSchema = z.strictObject({
  url: z.string(),
  story: storyId.nullable(),
  strength: z.enum(['primary', 'passing']).nullable(),
  score: z.number(),
  passages: z.array(PassageSummarySchema),
  published: isoDate.optional(),
  lang: z.string().optional(),
  /** Whether the card UI is on the page and visible. */
  cardVisible: z.boolean(),
  /** Why nothing is shown, when the story was found but the card is not injected. */
  suppressed: z.enum(['site-off', 'badge-only']).optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** background → card (tabs.sendMessage): commands relayed from the popup. */
export const CardMessageSchema = z.strictObject({
  type: z.literal('factline:card-command'),
  command: z.enum(['show', 'hide', 'focus-passage']),
  index: z.number().int().nonnegative().optional(),
});
export type CardMessage = z.infer<typeof CardMessageSchema>;
