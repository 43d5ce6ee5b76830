/** The one translation function every reader-facing string goes through, from the bundled catalogs. */
import { catalogs as bundled, type Catalog } from './catalog';
import { intlLocale, type UiLang } from './langs';
import { intlLocaleData } from './locale-data';
import { en } from './messages/en';
import { translator, type Translate } from './translator';

export type { Translate };

/**
 * A translator for one language; a key missing from its catalog falls back to
 * English. `catalogs` defaults to the bundled ones (tests pass their own).
 */
export function createTranslator(
  lang: UiLang,
  catalogs: { readonly [L in UiLang]?: Partial<Catalog> } = bundled,
): Translate {
  // An English fallback is formatted with English plural rules, or its forms would not match.
  return translator(catalogs[lang] ?? {}, intlLocaleData(intlLocale(lang)), {
    catalog: en,
    locale: intlLocaleData(intlLocale('en')),
  });
}

/** Every message of a language, English where its catalog lacks one (what the background sends the card). */
export function fullCatalog(lang: UiLang): Catalog {
  return { ...en, ...(bundled[lang] ?? {}) } as Catalog;
}
