import { UI_LANGS, type Translate, type UiLang } from '../../lib/i18n';
import type { UI_LANG_SETTING } from '../../lib/settings/definitions';
import { ENDONYMS } from '../../lib/i18n/lang-names';
import { ChoiceGroup } from './ChoiceGroup';

type LangSetting = (typeof UI_LANG_SETTING)[number];

export interface LanguageFieldProps {
  value: LangSetting;
  /** The language "follow the browser" gives now. */
  browserLang: UiLang;
  onChange(value: LangSetting): void;
  t: Translate;
}

/** "Interface language": follow the browser, or one of the languages, each named in itself. */
export function LanguageField({ value, browserLang, onChange, t }: LanguageFieldProps) {
  return (
    <ChoiceGroup<LangSetting>
      legend={t('settings.lang.legend')}
      level={2}
      hint={t('settings.lang.hint')}
      value={value}
      choices={[
        { value: 'auto', label: t('settings.lang.auto', { lang: ENDONYMS[browserLang] }) },
        ...UI_LANGS.map((lang) => ({ value: lang, label: ENDONYMS[lang], lang })),
      ]}
      onChange={onChange}
      layout="grid"
    />
  );
}
