/**
 * The translation function itself, over one catalog and its locale's data: no catalog
 * bundled, so the in-page card (which gets its language's catalog from the background)
 * carries none. createTranslator (translate.ts) builds one from the bundled catalogs.
 */
import type { Catalog, MessageKey } from './catalog';
import { formatMessage, type MessageVars } from './icu-lite';
import type { LocaleData } from './locale-data';

/** Looks up a message and fills in its variables (see lib/i18n/icu-lite.ts). */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** A translator over `catalog`; a key it lacks comes from `fallback` (English), formatted by its own rules. */
export function translator(
  catalog: Partial<Catalog>,
  locale: LocaleData,
  fallback?: { catalog: Partial<Catalog>; locale: LocaleData },
): Translate {
  return (key, vars = {}) => {
    const own = catalog[key];
    if (own !== undefined) return formatMessage(own, vars, locale);
    const other = fallback?.catalog[key];
    return other !== undefined ? formatMessage(other, vars, fallback!.locale) : key;
  };
}
