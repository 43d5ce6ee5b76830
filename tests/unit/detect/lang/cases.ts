/**
 * One test file per language (tests/unit/detect/lang/<lang>.test.ts): short texts in
 * own words, one per way the story is told, each with what the detector must say. The
 * groups follow the kinds of item real news in every language brings:
 *   article      a report about the claim                                  → primary
 *   short        a one- to three-sentence brief ("91 drones", the residence) → found
 *   home         "Putin's house/home" instead of residence                   → found
 *   compound     the compound's own names (Dolgiye Borody, Uzhin, Object 201) → found
 *   later        an article on something later that cites the claim as a reason
 *                (the Oreshnik strike as retaliation, a hardened position)   → passing
 *   residents    residents who heard no air defence that night             → found
 *   kremlin2023  the May 2023 drones over the Kremlin (a look-alike)        → nothing;
 *                may be several texts, e.g. one told like a real false alarm: "two drones",
 *                an "attack on the residence of President Putin", the Kremlin, "Wednesday"
 * `later` is six or more sentences on the later event, one of them citing the claim.
 */
import { describe, expect, it } from 'vitest';
import { run, STORY, textPage } from '../helpers';
import { VIRAMAS } from '../../../../lib/detect/fold';

export interface LanguageCases {
  article: string;
  short: string;
  home: string;
  compound: string;
  later: string;
  residents?: string;
  kremlin2023: string | string[];
  /** Further look-alikes (Valdai tourism, the Soltsy airfield, the Valdai Club…): → nothing. */
  lookalikes?: string[];
  /** Further items about the story (briefs, live posts, features, reactions…): → found. */
  more?: string[];
}

export function describeLanguage(lang: string, c: LanguageCases): void {
  describe(`${lang}: the story told in ${lang}`, () => {
    it('an article about the claim is primary', () => {
      const d = run(textPage(c.article));
      expect(d.story).toBe(STORY);
      expect(d.strength).toBe('primary');
      expect(d.passages.length).toBeGreaterThan(0);
    });
    const found: Array<[string, string | undefined]> = [
      ['a very short item is found', c.short],
      ['"Putin’s house/home" is found', c.home],
      ['the compound’s own name is found', c.compound],
      ['residents who heard nothing are found', c.residents],
    ];
    for (const [name, text] of found) {
      if (text === undefined) continue;
      it(name, () => expect(run(textPage(text)).story).toBe(STORY));
    }
    it('a later article citing the claim as a reason is a passing mention', () => {
      const d = run(textPage(c.later));
      expect(d.story).toBe(STORY);
      expect(d.strength).toBe('passing');
    });
    const kremlin = typeof c.kremlin2023 === 'string' ? [c.kremlin2023] : c.kremlin2023;
    for (const [i, text] of kremlin.entries()) {
      const n = kremlin.length > 1 ? ` (${i + 1})` : '';
      it(`the May 2023 drones over the Kremlin are not the story${n}`, () =>
        expect(run(textPage(text)).story).toBeNull());
    }
    for (const [i, text] of (c.lookalikes ?? []).entries()) {
      it(`look-alike ${i + 1} is not the story`, () =>
        expect(run(textPage(text)).story).toBeNull());
    }
    for (const [i, text] of (c.more ?? []).entries()) {
      it(`further item ${i + 1} is found`, () => expect(run(textPage(text)).story).toBe(STORY));
    }
    // Text copied out of pages and feeds often loses the Indic viramas (ட்ரோன் → டரோன):
    // what is said about each item holds without them too.
    const items: Array<[string, string]> = [
      ['article', c.article],
      ['short item', c.short],
      ['home item', c.home],
      ['compound item', c.compound],
      ['later article', c.later],
      ...kremlin.map((t, i): [string, string] => [`Kremlin look-alike ${i + 1}`, t]),
      ...(c.lookalikes ?? []).map((t, i): [string, string] => [`look-alike ${i + 1}`, t]),
      ...(c.more ?? []).map((t, i): [string, string] => [`further item ${i + 1}`, t]),
    ];
    const withViramas = items.filter(([, t]) => VIRAMA.test(t));
    if (withViramas.length) {
      it('without its viramas, every item gets the same answer', () => {
        for (const [name, text] of withViramas) {
          const whole = run(textPage(text));
          const bare = run(textPage(text.replace(VIRAMAS_ALL, '')));
          expect([name, bare.story, bare.strength]).toEqual([name, whole.story, whole.strength]);
        }
      });
    }
  });
}

/** The viramas the fold drops (Devanagari … Malayalam, Sinhala), as an expression over text. */
const VIRAMA_CLASS = `[${[...VIRAMAS].map((c) => String.fromCharCode(c)).join('')}]`;
const VIRAMA = new RegExp(VIRAMA_CLASS);
const VIRAMAS_ALL = new RegExp(VIRAMA_CLASS, 'g');
