/** The message catalogs, one file per language under ./messages. */
import type { UiLang } from './langs';
import type { Catalog, MessageKey } from './message-keys';
import { de } from './messages/de';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { ru } from './messages/ru';
import { uk } from './messages/uk';

export type { Catalog, MessageKey };

/**
 * Registered catalogs. The type allows a missing or partial language (while one is
 * being translated createTranslator falls back to English key by key); the catalogs
 * test requires every registered one to be complete.
 */
export const catalogs: { readonly [L in UiLang]?: Partial<Catalog> } = { en, uk, ru, de, fr };

/** All message ids, in the English catalog's order. */
export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];
