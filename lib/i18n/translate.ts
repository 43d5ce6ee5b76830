/** The one translation function every reader-facing string goes through. */
import { catalogs as bundled, type Catalog, type MessageKey } from './catalog';
import { formatMessage, type MessageVars } from './icu-lite';
import { intlLocale, type UiLang } from './langs';
import { en } from './messages/en';

/** Looks up a message and fills in its variables (see lib/i18n/icu-lite.ts). */
export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/**
 * A translator for one language; a key missing from its catalog falls back to
 * English. `catalogs` defaults to the bundled ones (tests pass their own).
 */
export function createTranslator(
  lang: UiLang,
  catalogs: { readonly [L in UiLang]?: Partial<Catalog> } = bundled,
): Translate {
  const catalog = catalogs[lang] ?? {};
  const locale = intlLocale(lang);
  return (key, vars = {}) => {
    const own = catalog[key];
    // An English fallback is formatted with English plural rules, or its forms would not match.
    return own !== undefined
      ? formatMessage(own, vars, locale)
      : formatMessage(en[key], vars, intlLocale('en'));
  };
}
