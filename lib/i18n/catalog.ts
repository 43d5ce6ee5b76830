/** The message catalogs, one file per language under ./messages. */
import type { UiLang } from './langs';
import { en } from './messages/en';

/** Every message id; English defines them. */
export type MessageKey = keyof typeof en;

/** A complete translation: one string per message id (what uk.ts, ru.ts… export). */
export type Catalog = Record<MessageKey, string>;

/**
 * Registered catalogs. A language may be missing or partial while it is being
 * translated; createTranslator falls back to English key by key.
 */
export const catalogs: { readonly [L in UiLang]?: Partial<Catalog> } = { en };

/** All message ids, in the English catalog's order. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
