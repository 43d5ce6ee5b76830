import { describe, expect, it } from 'vitest';
import { intlLocale, isUiLang, resolveUiLang, UI_LANGS } from '../../../lib/i18n';

describe('resolveUiLang', () => {
  it('picks the first supported language from a browser list', () => {
    expect(resolveUiLang(['uk-UA', 'en-US'])).toBe('uk');
    expect(resolveUiLang(['pl-PL', 'de-AT', 'en'])).toBe('de');
    expect(resolveUiLang(['ru'])).toBe('ru');
    expect(resolveUiLang(['fr-CA'])).toBe('fr');
  });

  it('ignores case, underscores and blanks', () => {
    expect(resolveUiLang(['  EN_gb '])).toBe('en');
    expect(resolveUiLang(['DE'])).toBe('de');
  });

  it('falls back to English', () => {
    expect(resolveUiLang([])).toBe('en');
    expect(resolveUiLang(['zh-CN', 'ja'])).toBe('en');
    expect(resolveUiLang([''])).toBe('en');
  });
});

describe('languages', () => {
  it('lists the five interface languages', () => {
    expect(UI_LANGS).toEqual(['en', 'uk', 'ru', 'de', 'fr']);
    expect(isUiLang('uk')).toBe(true);
    expect(isUiLang('pl')).toBe(false);
  });

  it('formats English the day-month-year way and passes other tags through', () => {
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('uk')).toBe('uk');
    expect(intlLocale('pt-BR')).toBe('pt-BR');
  });
});
