/**
 * The card's language: the page's when the pack is written in it, else the
 * interface language (setting, or the browser's for "auto"), and the reader's
 * pick in the card's switch over both.
 */
import { describe, expect, it } from 'vitest';
import { cardLanguage, packLanguages, uiLangOfTag } from '../../../lib/card/card-lang';
import { novgorodPack } from '../story/pack-fixture';

const pack = novgorodPack();
const choose = (over: Partial<Parameters<typeof cardLanguage>[0]>) =>
  cardLanguage({
    setting: 'auto',
    browserLangs: ['en-GB'],
    pageLang: undefined,
    packLangs: packLanguages(pack),
    ...over,
  });

// The pack as if it had only English, Ukrainian and Russian text (title decides).
const threeLangs = { ...pack, title: { en: pack.title.en, uk: pack.title.uk, ru: pack.title.ru } };

describe('packLanguages', () => {
  it('lists the languages the pack is written in: all five', () => {
    expect(packLanguages(pack)).toEqual(['en', 'uk', 'ru', 'de', 'fr']);
  });

  it('goes by the title, in the interface languages order', () => {
    expect(packLanguages(threeLangs)).toEqual(['en', 'uk', 'ru']);
    expect(packLanguages({ ...pack, title: { fr: 'Titre', en: 'Title' } })).toEqual(['en', 'fr']);
  });
});

describe('uiLangOfTag', () => {
  it('reads the primary subtag of a page language', () => {
    expect(uiLangOfTag('ru-RU')).toBe('ru');
    expect(uiLangOfTag(' UK_ua ')).toBe('uk');
    expect(uiLangOfTag('de')).toBe('de');
    expect(uiLangOfTag('pl-PL')).toBeNull();
    expect(uiLangOfTag('')).toBeNull();
    expect(uiLangOfTag(undefined)).toBeNull();
  });

  it('takes "ua", a common mistake for Ukrainian, as Ukrainian', () => {
    expect(uiLangOfTag('ua')).toBe('uk');
  });
});

describe('cardLanguage', () => {
  it('gives a Russian-language page the Russian card', () => {
    const ru = choose({ pageLang: 'ru-RU', browserLangs: ['en-US'] });
    expect(ru).toMatchObject({ lang: 'ru', ui: 'en', page: 'ru', reason: 'page' });
  });

  it('gives a Ukrainian-language page the Ukrainian card, whatever the setting says', () => {
    expect(choose({ pageLang: 'uk', setting: 'de' })).toMatchObject({ lang: 'uk', ui: 'de' });
  });

  it('gives German and French pages their own card, now that the pack has them', () => {
    expect(choose({ pageLang: 'de-DE', setting: 'uk' })).toMatchObject({
      lang: 'de',
      ui: 'uk',
      page: 'de',
      reason: 'page',
    });
    expect(choose({ pageLang: 'fr', browserLangs: ['ru'] })).toMatchObject({
      lang: 'fr',
      page: 'fr',
    });
  });

  it('falls back to the interface language when the pack lacks the page language', () => {
    const packLangs = packLanguages(threeLangs);
    const de = choose({ pageLang: 'de', browserLangs: ['uk-UA', 'en'], packLangs });
    expect(de).toMatchObject({ lang: 'uk', ui: 'uk', page: null, reason: 'interface' });
    expect(choose({ pageLang: 'pl', setting: 'ru' })).toMatchObject({
      lang: 'ru',
      page: null,
      reason: 'interface',
    });
  });

  it('uses the setting over the browser, and the browser for "auto"', () => {
    expect(choose({ setting: 'fr', browserLangs: ['de'] })).toMatchObject({
      lang: 'fr',
      ui: 'fr',
      reason: 'interface',
    });
    expect(choose({ setting: 'auto', browserLangs: ['de-AT', 'en'] }).lang).toBe('de');
    expect(choose({ setting: 'auto', browserLangs: ['ja'] }).lang).toBe('en');
    expect(choose({ setting: 'klingon', browserLangs: ['ru'] }).lang).toBe('ru');
  });

  it('follows the page language of an English page too', () => {
    expect(choose({ pageLang: 'en-GB', setting: 'uk' })).toMatchObject({
      lang: 'en',
      ui: 'uk',
      page: 'en',
    });
  });

  it("lets the reader's pick in the switch win for the page", () => {
    const picked = choose({ pageLang: 'ru', chosen: 'de' });
    expect(picked).toMatchObject({ lang: 'de', page: 'ru', reason: 'chosen' });
    expect(choose({ pageLang: 'ru', chosen: null }).lang).toBe('ru');
  });

  it('offers all five languages and says which have the story text', () => {
    const c = choose({});
    expect(c.options).toEqual(['en', 'uk', 'ru', 'de', 'fr']);
    expect(c.full).toEqual(['en', 'uk', 'ru', 'de', 'fr']);
    const partial = choose({ packLangs: packLanguages(threeLangs) });
    expect(partial.options).toEqual(['en', 'uk', 'ru', 'de', 'fr']);
    expect(partial.full).toEqual(['en', 'uk', 'ru']);
  });

  it('takes a page language only when the pack has it', () => {
    const enOnly = { ...pack, title: { en: pack.title.en } };
    expect(
      cardLanguage({
        setting: 'en',
        browserLangs: [],
        pageLang: 'ru',
        packLangs: packLanguages(enOnly),
      }).lang,
    ).toBe('en');
    const withoutDe = { ...pack, title: { ...pack.title, de: undefined } };
    expect(
      cardLanguage({
        setting: 'fr',
        browserLangs: [],
        pageLang: 'de',
        packLangs: packLanguages(withoutDe),
      }).lang,
    ).toBe('fr');
    expect(
      cardLanguage({
        setting: 'fr',
        browserLangs: [],
        pageLang: 'de',
        packLangs: packLanguages(pack),
      }).lang,
    ).toBe('de');
  });
});
