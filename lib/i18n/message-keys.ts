/** The shape of a message catalog: English defines the ids; every translation gives each one. */
import type { en } from './messages/en';

/** Every message id; English defines them. */
export type MessageKey = keyof typeof en;

/** A complete translation: one string per message id (what uk.ts, ru.ts… export). */
export type Catalog = Record<MessageKey, string>;
