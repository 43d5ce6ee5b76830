/** Interface languages and how a browser's language list maps onto them. Pure. */

/** Languages the interface is (or will be) translated into. English is the fallback. */
export const UI_LANGS = ['en', 'uk', 'ru', 'de', 'fr'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** True when `value` is one of UI_LANGS. */
export function isUiLang(value: string): value is UiLang {
  return (UI_LANGS as readonly string[]).includes(value);
}

/** First supported language in a preference list such as `navigator.languages`; `en` if none. */
export function resolveUiLang(preferred: readonly string[]): UiLang {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isUiLang(primary)) return primary;
  }
  return 'en';
}

// English dates read "28 Dec 2025" (day-month-year) rather than the U.S. "Dec 28, 2025":
// unambiguous for an international audience, and what the product copy uses.
const INTL_LOCALES: Record<UiLang, string> = {
  en: 'en-GB',
  uk: 'uk',
  ru: 'ru',
  de: 'de',
  fr: 'fr',
};

/** The Intl locale to format dates and numbers with for a UI (or content) language. */
export function intlLocale(lang: string): string {
  return isUiLang(lang) ? INTL_LOCALES[lang] : lang;
}
