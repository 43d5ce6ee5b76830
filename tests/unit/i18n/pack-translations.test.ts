/**
 * Story packs in more than English: a pack that has its title in a language has
 * every reader-facing text in it (nothing half translated), and each translation
 * keeps the English text's numbers and dates, its named people and places, and
 * its attribution ("said", "assessed" stay a claim in the other language).
 */
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../../data/load-packs';
import { CONTENT_LANGS, type StoryPack, type Text } from '../../../data/schema';
import { packLanguages } from '../../../lib/card/card-lang';

const packs = loadPackDir('data/stories');

/** Every Text object in a pack with its JSON path; detection rules are not reader-facing. */
function texts(pack: StoryPack): { path: string; text: Text }[] {
  const out: { path: string; text: Text }[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const keys = Object.keys(value);
      if (
        keys.includes('en') &&
        keys.every((k) => (CONTENT_LANGS as readonly string[]).includes(k))
      )
        out.push({ path, text: value as Text });
      else
        for (const [k, v] of Object.entries(value))
          if (!(path === '' && k === 'detection')) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(pack, '');
  return out;
}

const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();
/** The text without quoted titles, which stay in their original language. */
const unquoted = (s: string) => s.replace(/“[^”]*”|«[^»]*»/g, '');

/** English name → its stem in Ukrainian and Russian (stems, so inflected forms match). */
const NAMES: Record<string, { uk: RegExp; ru: RegExp }> = {
  Putin: { uk: /Путін/, ru: /Путин/ },
  Lavrov: { uk: /Лавров/, ru: /Лавров/ },
  Kallas: { uk: /Каллас/, ru: /Каллас/ },
  Novgorod: { uk: /Новгородськ/, ru: /Новгородск/ },
  Kyiv: { uk: /Киє?в/, ru: /Киев/ },
  Moscow: { uk: /Москв/, ru: /Москв/ },
  Washington: { uk: /Вашингтон/, ru: /Вашингтон/ },
  'defence ministry': { uk: /Міністерств\S+ оборони Росії/, ru: /Министерств\S+ обороны России/ },
};

/** English reporting verbs and the wording that keeps the statement attributed. */
const REPORTED = /\b(said|says|say|alleged|assessed|claims?|describes)\b/;
const ATTRIBUTED = {
  uk: /заяв|стверджу|за (його|їхніми) словами|за оцінкою|описує|оцінк/i,
  ru: /заяв|утвержда|по (его|их) словам|по оценке|описывает|оценк/i,
};

describe.each(packs.map((p) => [p.id, p] as const))('%s', (_id, pack) => {
  const langs = packLanguages(pack);
  const all = texts(pack);

  it('declares Ukrainian and Russian besides English', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'uk', 'ru']));
  });

  it('has every text in every language it declares', () => {
    const missing = all.flatMap(({ path, text }) =>
      langs.filter((l) => text[l] === undefined).map((l) => `${path}.${l}`),
    );
    expect(all.length).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });

  it.each(['uk', 'ru'] as const)('keeps numbers, dates and names in %s', (lang) => {
    for (const { path, text } of all) {
      const own = text[lang]!;
      expect(numbers(own), `${path}.${lang}`).toEqual(numbers(text.en));
      for (const [name, stems] of Object.entries(NAMES)) {
        if (unquoted(text.en).includes(name))
          expect(unquoted(own), `${path}.${lang}: ${name}`).toMatch(stems[lang]);
      }
    }
  });

  it.each(['uk', 'ru'] as const)('keeps reported statements attributed in %s', (lang) => {
    const reported = all.filter(({ text }) => REPORTED.test(text.en));
    expect(reported.length).toBeGreaterThan(10);
    for (const { path, text } of reported)
      expect(text[lang], `${path}.${lang}`).toMatch(ATTRIBUTED[lang]);
  });

  it.each(['uk', 'ru'] as const)('uses typographic quotes and apostrophes in %s', (lang) => {
    for (const { path, text } of all) expect(text[lang], path).not.toMatch(/["'“”]/);
  });
});
