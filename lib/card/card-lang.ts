/**
 * The card's language. A page written in a language the story pack has gets the
 * card in that language, interface and story text alike (a Russian article, a
 * Russian card); any other page gets the reader's interface language (setting
 * `uiLang`, or the browser's languages for "auto"), with story text the pack
 * lacks shown in English. The reader's own pick in the card's switch wins over
 * both for that page. Pure.
 */
import type { StoryContent } from '../../data/schema';
import { isUiLang, UI_LANGS, type UiLang } from '../i18n/langs';
import { interfaceLang } from '../settings/ui-lang';

export interface CardLanguage {
  /** The language to render. */
  lang: UiLang;
  /** The reader's interface language. */
  ui: UiLang;
  /** The page's language when the pack has text in it (and it is an interface language). */
  page: UiLang | null;
  /** Why `lang` was chosen. */
  reason: 'chosen' | 'page' | 'interface';
  /** What the card's switch offers, in a fixed order. */
  options: readonly UiLang[];
  /** The options the pack's story text is written in (the others show it in English). */
  full: readonly UiLang[];
}

/** Languages the pack is written in (it has a title in them). */
export function packLanguages(pack: StoryContent): UiLang[] {
  return UI_LANGS.filter((l) => pack.title[l] !== undefined && isUiLang(l));
}

// Tags seen in the wild that name an interface language under another code:
// "ua" is Ukraine's country code, often written in <html lang> for Ukrainian.
const ALIASES: Readonly<Record<string, UiLang>> = { ua: 'uk' };

/** The interface language a BCP 47 tag such as "ru-RU" or "uk_UA" stands for, if any. */
export function uiLangOfTag(tag: string | undefined): UiLang | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isUiLang(primary)) return primary;
  return ALIASES[primary] ?? null;
}

/** Chooses the card's language from the reader's pick, the page, the pack, the setting and the browser. */
export function cardLanguage(input: {
  setting: string;
  browserLangs: readonly string[];
  pageLang: string | undefined;
  /** The languages the story's text is written in (packLanguages). */
  packLangs: readonly UiLang[];
  /** The reader's pick in the card's switch on this page, if any. */
  chosen?: UiLang | null;
}): CardLanguage {
  const full = input.packLangs;
  const ui = interfaceLang(input.setting, input.browserLangs);
  const tagged = uiLangOfTag(input.pageLang);
  const page = tagged !== null && full.includes(tagged) ? tagged : null;
  const [lang, reason]: [UiLang, CardLanguage['reason']] = input.chosen
    ? [input.chosen, 'chosen']
    : page
      ? [page, 'page']
      : [ui, 'interface'];
  return { lang, ui, page, reason, options: UI_LANGS, full };
}
