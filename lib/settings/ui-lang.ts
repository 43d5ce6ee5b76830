/** The interface language a setting stands for. Pure. */
import { isUiLang, resolveUiLang, type UiLang } from '../i18n/langs';

/** The language to show: the setting, or the browser's first supported one for "auto". */
export function interfaceLang(setting: string, browserLangs: readonly string[]): UiLang {
  return setting !== 'auto' && isUiLang(setting) ? setting : resolveUiLang(browserLangs);
}
