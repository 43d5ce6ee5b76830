import { useId } from 'preact/hooks';
import { ENDONYMS, SHORT_NAMES } from '../lib/i18n/lang-names';
import type { UiLang } from '../lib/i18n';

export interface LanguageSwitchProps {
  /** The language shown now. */
  value: UiLang;
  /** Languages offered, in order. */
  options: readonly UiLang[];
  onChange: (lang: UiLang) => void;
  /** The group's name, e.g. "Card language", in the current language. */
  label: string;
}

/**
 * A compact segmented switch "EN | УКР | РУС | DE | FR": native radio buttons in
 * a fieldset, so Tab reaches the group and the arrow keys change the language.
 * Each option is named by its endonym and marked with its own `lang`.
 */
export function LanguageSwitch({ value, options, onChange, label }: LanguageSwitchProps) {
  const name = useId();
  return (
    <fieldset class="fl-langs">
      <legend class="fl-vh">{label}</legend>
      <svg class="fl-langs__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.3" />
        <path
          d="M1.8 8h12.4M8 1.8c-3.2 3.4-3.2 9 0 12.4M8 1.8c3.2 3.4 3.2 9 0 12.4"
          fill="none"
          stroke="currentColor"
          stroke-width="1.3"
        />
      </svg>
      {options.map((lang) => (
        <label class="fl-langs__opt" key={lang} lang={lang} title={ENDONYMS[lang]}>
          <input
            class="fl-langs__input"
            type="radio"
            name={name}
            value={lang}
            checked={lang === value}
            aria-label={ENDONYMS[lang]}
            onChange={() => onChange(lang)}
          />
          <span class="fl-langs__code" aria-hidden="true">
            {SHORT_NAMES[lang]}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
