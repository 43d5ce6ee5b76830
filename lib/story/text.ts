/** Picking a language out of a pack's per-language text. Pure. */
import type { ContentLang, Text } from '../../data/schema';

/** The text in `lang` when the pack has it, else English, plus which language was used. */
export function localize(text: Text, lang: string): { value: string; lang: ContentLang } {
  const own = (text as Partial<Record<string, string>>)[lang];
  return own !== undefined
    ? { value: own, lang: lang as ContentLang }
    : { value: text.en, lang: 'en' };
}

/** The text in `lang`, falling back to English. */
export function pickText(text: Text, lang: string): string {
  return localize(text, lang).value;
}
