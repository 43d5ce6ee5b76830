/** Props every story component takes: the language to show and the translator for it. */
import type { Translate, UiLang } from '../lib/i18n';

export interface I18nProps {
  /** Language for interface strings, dates and (when the pack has it) story text. */
  lang: UiLang;
  /** Translator created for `lang` (lib/i18n createTranslator). */
  t: Translate;
}

/** h1…h6. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
