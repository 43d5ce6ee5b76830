/**
 * The four translations beside English: same variables as English in every
 * message, the right plural form for real counts in each language, and each
 * language's own typography (quotes, apostrophes, French spacing).
 */
import { describe, expect, it } from 'vitest';
import {
  catalogs,
  createTranslator,
  MESSAGE_KEYS,
  parseMessage,
  type MessageKey,
  type MessageNode,
  type UiLang,
} from '../../../lib/i18n';
import { en } from '../../../lib/i18n/messages/en';

const TRANSLATED = ['uk', 'ru', 'de', 'fr'] as const satisfies readonly UiLang[];

/** Names of every `{arg}` and plural argument in a message. */
function argNames(nodes: MessageNode[]): string[] {
  return nodes.flatMap((n) => {
    if (typeof n === 'string' || n.kind === 'pound') return [];
    if (n.kind === 'arg') return [n.name];
    return [n.name, ...[...n.options.values()].flatMap(argNames)];
  });
}
/** Words spelled the same as in English on purpose ("Status" is German, "Sources" French). */
const SAME_AS_ENGLISH: Partial<Record<UiLang, MessageKey[]>> = {
  de: ['story.status'],
  fr: ['section.positions', 'section.sources'],
};
const argsOf = (msg: string) => [...new Set(argNames(parseMessage(msg)))].sort();

describe.each(TRANSLATED)('%s', (lang) => {
  const catalog = catalogs[lang]!;

  it.each(MESSAGE_KEYS)('%s keeps the English variables', (key) => {
    expect(argsOf(catalog[key]!)).toEqual(argsOf(en[key]));
  });

  it('is a translation, not a copy of English (brand and true cognates aside)', () => {
    const same = MESSAGE_KEYS.filter((k) => catalog[k] === en[k] && /[a-z]{4}/i.test(en[k]));
    expect(same).toEqual(['app.name', ...(SAME_AS_ENGLISH[lang] ?? [])]);
  });

  it('uses typographic quotes and apostrophes, never straight ones', () => {
    for (const key of MESSAGE_KEYS) expect(catalog[key], key).not.toMatch(/["']/);
  });
});

describe('typography per language', () => {
  const all = (lang: UiLang) => MESSAGE_KEYS.map((k) => catalogs[lang]![k]!).join('\n');

  it('quotes with «…» in Ukrainian and Russian, „…“ in German, « … » in French', () => {
    expect(all('uk')).toContain('«Перевірити сторінку»');
    expect(all('ru')).toContain('«Проверить страницу»');
    expect(all('de')).toContain('„Seite prüfen“');
    expect(all('fr')).toContain('«\u00a0Vérifier cette page\u00a0»');
    for (const lang of ['uk', 'ru', 'fr'] as const) expect(all(lang)).not.toMatch(/[“”„]/);
    // German opens low („) and closes with the English opening quote (“).
    expect(all('de')).not.toMatch(/”/);
    expect(all('de').match(/„/g)?.length).toBe(all('de').match(/“/g)?.length);
  });

  it('puts a no-break space before a French colon, semicolon and closing guillemet', () => {
    expect(all('fr')).not.toMatch(/[^\u00a0\u202f\n]:[ \u00a0]/);
    expect(all('fr')).not.toMatch(/ [;:»]/);
    expect(all('fr')).not.toMatch(/« /);
  });
});

describe('plural forms with real counts', () => {
  const say = (lang: UiLang, key: MessageKey, counts: number[]) => {
    const t = createTranslator(lang);
    return counts.map((count) => t(key, { count }));
  };

  it('Ukrainian: one, few, many and fractions', () => {
    expect(say('uk', 'story.parties', [1, 2, 4, 5, 11, 21, 22, 25, 1.5])).toEqual([
      '1 сторона',
      '2 сторони',
      '4 сторони',
      '5 сторін',
      '11 сторін',
      '21 сторона',
      '22 сторони',
      '25 сторін',
      '1,5 сторони',
    ]);
    expect(say('uk', 'popup.passagesFound', [1, 3, 12])).toEqual([
      'Знайдено 1 фрагмент',
      'Знайдено 3 фрагменти',
      'Знайдено 12 фрагментів',
    ]);
    expect(say('uk', 'passages.count', [0, 1, 2, 5])).toEqual([
      'Немає фрагментів для показу',
      '1 фрагмент на сторінці',
      '2 фрагменти на сторінці',
      '5 фрагментів на сторінці',
    ]);
  });

  it('Russian: one, few, many, with the verb agreeing', () => {
    expect(say('ru', 'story.events', [1, 3, 6, 21])).toEqual([
      '1 событие в хронологии',
      '3 события в хронологии',
      '6 событий в хронологии',
      '21 событие в хронологии',
    ]);
    expect(say('ru', 'popup.passagesFound', [1, 2, 5, 21])).toEqual([
      'Найден 1 фрагмент',
      'Найдено 2 фрагмента',
      'Найдено 5 фрагментов',
      'Найден 21 фрагмент',
    ]);
  });

  it('German: one and other, with German digit grouping', () => {
    expect(say('de', 'story.events', [1, 6, 1200])).toEqual([
      '1 datiertes Ereignis',
      '6 datierte Ereignisse',
      '1.200 datierte Ereignisse',
    ]);
  });

  it('French: one covers 0 and 1, many is for millions', () => {
    expect(say('fr', 'relevance.passages', [0, 1, 2, 1_000_000])).toEqual([
      '0 passage',
      '1 passage',
      '2 passages',
      '1\u202f000\u202f000 de passages',
    ]);
    expect(say('fr', 'passages.count', [0, 1])).toEqual([
      'Aucun passage à afficher',
      '1 passage sur cette page',
    ]);
  });
});
