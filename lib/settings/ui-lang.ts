/** The interface language a setting stands for, and each language's own name. Pure. */
import { isUiLang, resolveUiLang, type UiLang } from '../i18n/langs';

/** Each interface language named in itself, so a reader finds theirs whatever is shown. */
export const LANGUAGE_NAMES: Record<UiLang, string> = {
  en: 'English',
  uk: 'Українська',
  ru: 'Русский',
  de: 'Deutsch',
  fr: 'Français',
};

/** The language to show: the setting, or the browser's first supported one for "auto". */
export function interfaceLang(setting: string, browserLangs: readonly string[]): UiLang {
  return setting !== 'auto' && isUiLang(setting) ? setting : resolveUiLang(browserLangs);
}
