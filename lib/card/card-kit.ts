/**
 * The card's kit, as the background builds it (card-kit-check.ts: as the card checks
 * it). Pure: Intl and the bundled catalogs are used here, in the background, so the
 * card on the page needs neither.
 */
import type { StoryContent } from '../../data/schema';
import { dateTable } from '../format/date-formats';
import { intlLocale, type UiLang } from '../i18n/langs';
import { pluralTable } from '../i18n/locale-data';
import { fullCatalog } from '../i18n/translate';
import type { CardKit } from '../messages';
import type { Settings } from '../settings/definitions';
import { contentForLang } from '../story/for-lang';
import { cardLanguage, packLanguages } from './card-lang';

/** Builds a kit: `lang` null picks the language as the card would (page, settings, browser). */
export function buildCardKit(input: {
  pack: StoryContent;
  lang: UiLang | null;
  pageLang?: string;
  pageDates: readonly string[];
  settings: Settings;
  browserLangs: readonly string[];
}): CardKit {
  const langs = packLanguages(input.pack);
  const lang =
    input.lang ??
    cardLanguage({
      setting: input.settings.uiLang,
      browserLangs: input.browserLangs,
      pageLang: input.pageLang,
      packLangs: langs,
    }).lang;
  const content = contentForLang(input.pack, lang);
  return {
    story: input.pack.id,
    lang,
    langs,
    content,
    catalog: fullCatalog(lang),
    plurals: pluralTable(intlLocale(lang)),
    dates: dateTable([content, input.pageDates], lang),
    settings: input.settings,
  };
}
