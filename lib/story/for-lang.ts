/**
 * A pack cut down to one language (plus English, the fallback): what the background
 * sends the card, which bundles no pack. Pure.
 */
import type { StoryContent } from '../../data/schema';
import { UI_LANGS } from '../i18n/langs';

const isText = (v: object): boolean => {
  const keys = Object.keys(v);
  return keys.includes('en') && keys.every((k) => (UI_LANGS as readonly string[]).includes(k));
};

function cut(value: unknown, lang: string): unknown {
  if (Array.isArray(value)) return value.map((v) => cut(v, lang));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (isText(obj)) {
    return obj[lang] !== undefined && lang !== 'en'
      ? { en: obj.en, [lang]: obj[lang] }
      : { en: obj.en };
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, cut(v, lang)]));
}

/** The pack with every text in `lang` and English only. */
export function contentForLang(pack: StoryContent, lang: string): StoryContent {
  return cut(pack, lang) as StoryContent;
}
