/** How the five interface languages are named to readers. Pure data. */
import type { UiLang } from './langs';

/** Each language named in itself, so a reader finds theirs whatever language is shown. */
export const ENDONYMS: Readonly<Record<UiLang, string>> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  de: 'Deutsch',
  fr: 'Français',
};

/**
 * Short labels for a compact switch, in each language's own script. Each is the
 * start of its endonym, so the visible label is part of the accessible name.
 */
export const SHORT_NAMES: Readonly<Record<UiLang, string>> = {
  en: 'EN',
  uk: 'УКР',
  ru: 'РУС',
  de: 'DE',
  fr: 'FR',
};
