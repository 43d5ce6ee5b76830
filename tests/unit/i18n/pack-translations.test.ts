/**
 * Story packs in more than English: a pack that has its title in a language has
 * every reader-facing text in it (nothing half translated), and each translation
 * keeps the English text's numbers and dates, its named people and places, and
 * its attribution ("said", "assessed" stay a claim in the other language), and
 * quotes the way the language does.
 */
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../../data/load-packs';
import { CONTENT_LANGS, type StoryPack, type Text } from '../../../data/schema';
import { packLanguages } from '../../../lib/card/card-lang';

const packs = loadPackDir('data/stories');
const TRANSLATIONS = ['uk', 'ru', 'de', 'fr'] as const;
type Lang = (typeof TRANSLATIONS)[number];

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
/** The text without quoted titles and words, which stay in their original language. */
const unquoted = (s: string) => s.replace(/“[^”]*”|«[^»]*»|„[^“]*“/g, '');

/**
 * English name → its stem in each translation (stems, so inflected forms match:
 * Путіна, Лаврову, Nowgoroder, Moskaus…).
 */
const NAMES: Record<string, Record<Lang, RegExp>> = {
  Putin: { uk: /Путін/, ru: /Путин/, de: /Putin/, fr: /Poutine/ },
  Lavrov: { uk: /Лавров/, ru: /Лавров/, de: /Lawrow|Lavrov/, fr: /Lavrov/ },
  Kallas: { uk: /Каллас/, ru: /Каллас/, de: /Kallas/, fr: /Kallas/ },
  Novgorod: { uk: /Новгород/, ru: /Новгород/, de: /Nowgorod|Novgorod/, fr: /Novgorod/ },
  Kyiv: { uk: /Киє?в/, ru: /Киев/, de: /Kiew|Kyjiw|Kyiv/, fr: /Kyiv|Kiev/ },
  // "Moscow time": за московським часом, по московскому времени, Moskauer Zeit, heure de Moscou.
  Moscow: { uk: /Москв|московськ/i, ru: /Москв|московск/i, de: /Moskau/, fr: /Moscou|moscovite/i },
  Washington: { uk: /Вашингтон/, ru: /Вашингтон/, de: /Washington/, fr: /Washington/ },
  'defence ministry': {
    uk: /Міністерств\S+ оборони Росії|Міноборони/,
    ru: /Министерств\S+ обороны России|Минобороны/,
    de: /Verteidigungsministerium/,
    fr: /ministère (russe )?de la Défense/i,
  },
};

/** English reporting verbs and the wording that keeps the statement attributed. */
const REPORTED = /\b(said|says|say|alleged|assessed|claims?|describes)\b/;
const ATTRIBUTED: Record<Lang, RegExp> = {
  uk: /заяв|стверджу|повідом|за (його|її|їхніми|їх) словами|за словами|за оцінкою|за даними|за версією|описує|описав|оцін|назва|назив|сказа|відповів|говори|вказу|ймовірн|нібито|передбачуван|звинув/i,
  ru: /заяв|утвержда|сообщ|по (его|её|их) словам|по словам|по оценке|по данным|по версии|описыва|оцен|назва|назыв|сказа|ответи|говори|указыва|предполагаем|якобы|в изложении|в тексте|обвин/i,
  de: /sagte|sagt|erklärt|berichte|laut|behaupt|bezeichne|nannte|nenn|zufolge|einschätz|schätz|beschreib|bewert|schrieb|wirft|vorgeworfen|Vorwurf|Angaben|nach (seinen|ihren) Worten|\bso\b|\bsoll|mutmaßlich|angeblich|gibt .{1,60} an\b/i,
  fr: /selon|a déclaré|déclar|affirm|\bdit\b|estim|évalu|qualifi|décri|accus|indiqu|rapport|répond|évoqu|parl|jug|présum|censé|prétend/i,
};
/**
 * A trail's few words sit under the party they belong to: quoting the party's words
 * („Terrorakt“, so der Kreml; Кремль: «террористический акт») or saying it doubted
 * the claim keeps them attributed.
 */
const SHORT_ATTRIBUTED: Record<Lang, RegExp> = {
  uk: /«|сумнів/i,
  ru: /«|сомнени/i,
  de: /„|Zweifel/i,
  fr: /«|sceptique|doute/i,
};

/** The quotes each language writes, and the ones it must not (English or another's). */
const QUOTES: Record<Lang, { forbidden: RegExp; pairs: [string, string] }> = {
  uk: { forbidden: /["'“”„]/, pairs: ['«', '»'] },
  ru: { forbidden: /["'“”„‘]/, pairs: ['«', '»'] },
  de: { forbidden: /["'”«»]/, pairs: ['„', '“'] },
  fr: { forbidden: /["'“”„‘]/, pairs: ['«', '»'] },
};

/** Whether every opening quote is closed, and every closing one was opened (quotes may nest). */
function balanced(s: string, [open, close]: [string, string]): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === open) depth++;
    else if (ch === close && --depth < 0) return false;
  }
  return depth === 0;
}

describe.each(packs.map((p) => [p.id, p] as const))('%s', (_id, pack) => {
  const langs = packLanguages(pack);
  const all = texts(pack);
  /** Outlet names (publishers and the agencies they carry), which are not translated. */
  const outlets = [...new Set(pack.sources.flatMap((s) => [s.publisher, s.via ?? '']))]
    .filter(Boolean)
    .flatMap((o) => [o, o.replace(/^The /, '')]) // "the Kyiv Independent" in running text
    .sort((a, b) => b.length - a.length);
  const withoutOutlets = (s: string) => outlets.reduce((text, o) => text.split(o).join(' '), s);

  it('is written in all five languages', () => {
    expect(langs).toEqual(['en', 'uk', 'ru', 'de', 'fr']);
  });

  it('has every text in every language it declares', () => {
    const missing = all.flatMap(({ path, text }) =>
      langs.filter((l) => text[l] === undefined).map((l) => `${path}.${l}`),
    );
    expect(all.length).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  it('treats outlet names as names: "The Moscow Times" is not Moscow', () => {
    expect(outlets).toEqual(expect.arrayContaining(['The Moscow Times', 'The Kyiv Independent']));
    expect(withoutOutlets('as reported by The Moscow Times and the Kyiv Independent')).not.toMatch(
      /Moscow|Kyiv/,
    );
    expect(withoutOutlets('drones over Moscow, The Moscow Times says')).toMatch(/Moscow/);
  });

  it.each(TRANSLATIONS)('keeps numbers, dates and names in %s', (lang) => {
    let checked = 0;
    for (const { path, text } of all) {
      const own = text[lang]!;
      expect(numbers(own), `${path}.${lang}`).toEqual(numbers(text.en));
      for (const [name, stems] of Object.entries(NAMES)) {
        // A name inside a quoted title or an outlet's name ("The Kyiv Independent") is not one to translate.
        if (!withoutOutlets(unquoted(text.en)).includes(name)) continue;
        expect(withoutOutlets(unquoted(own)), `${path}.${lang}: ${name}`).toMatch(stems[lang]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it.each(TRANSLATIONS)('keeps reported statements attributed in %s', (lang) => {
    const reported = all.filter(({ text }) => REPORTED.test(text.en));
    expect(reported.length).toBeGreaterThan(50);
    const unattributed = reported
      .filter(
        ({ path, text }) =>
          !ATTRIBUTED[lang].test(text[lang]!) &&
          !(path.endsWith('.short') && SHORT_ATTRIBUTED[lang].test(text[lang]!)),
      )
      .map(({ path, text }) => `${path}.${lang}: ${text[lang]}`);
    expect(unattributed).toEqual([]);
  });

  it.each(TRANSLATIONS)('quotes the way %s does', (lang) => {
    const { forbidden, pairs } = QUOTES[lang];
    for (const { path, text } of all) {
      const own = text[lang]!;
      expect(own, `${path}.${lang}`).not.toMatch(forbidden);
      expect(balanced(own, pairs), `${path}.${lang}: ${own}`).toBe(true);
    }
  });

  it('sets French quotes off with no-break spaces: « … »', () => {
    for (const { path, text } of all) {
      const fr = text.fr!;
      expect(fr, `${path}.fr`).not.toMatch(/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/);
    }
  });
});
