/**
 * The card's language. Today: the interface language (setting `uiLang`, or the
 * browser's when "auto"). Issue 5's seam: a page in a language the pack is written
 * in gets the card in that language (a Russian article, a Russian card); the card
 * will then offer a switch between `page` and `ui` (both returned here).
 */
import { CONTENT_LANGS, type StoryPack } from '../../data/schema';
import { isUiLang, resolveUiLang, type UiLang } from '../i18n/langs';

export interface CardLanguage {
  /** The language to render. */
  lang: UiLang;
  /** The reader's interface language. */
  ui: UiLang;
  /** The page's language when the pack has text in it (and it is an interface language). */
  page: UiLang | null;
}

/** Languages the pack is written in (it has a title in them). */
export function packLanguages(pack: StoryPack): UiLang[] {
  return CONTENT_LANGS.filter((l) => pack.title[l] !== undefined && isUiLang(l));
}

/** Chooses the card's language from the setting, the browser, the page and the pack. */
export function cardLanguage(input: {
  setting: string;
  browserLangs: readonly string[];
  pageLang: string | undefined;
  pack: StoryPack;
}): CardLanguage {
  const ui =
    input.setting !== 'auto' && isUiLang(input.setting)
      ? input.setting
      : resolveUiLang(input.browserLangs);
  const primary = input.pageLang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const page = isUiLang(primary) && packLanguages(input.pack).includes(primary) ? primary : null;
  return { lang: page ?? ui, ui, page };
}
