/**
 * The always-on gate (lib/detect/trigger-gate.ts): what it lets through to the background's
 * pre-filter, and what it keeps on the page. That it never turns away what the pre-filter
 * accepts is checked over every trigger term in tests/unit/detect/trigger-exact.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildTrigger, gateHeads, gateSource, triggerSource } from '../../../lib/detect/trigger';
import { GATE_HEAD, gateFrom } from '../../../lib/detect/trigger-gate';
import { stories } from './helpers';

const source = gateSource(triggerSource(stories[0]!.detection));
const gate = gateFrom(source);

describe('the gate', () => {
  it('looks for the first letters of each Latin head, without those another head begins', () => {
    expect(gateHeads(['presidential', 'president ^ dacha', 'putin', 'presidentresidens'])).toEqual([
      'president',
      'putin',
    ]);
    expect(gateHeads(['prasidentenresidenz'])).toEqual(['prasidente'.slice(0, GATE_HEAD)]);
  });

  it('opens on a head at a word start, in any case, and on other scripts’ letters', () => {
    for (const text of [
      'Putin said',
      'PUTIN SAID',
      '(Putin)',
      'the president said',
      'Novgorod region',
      'Путин заявил',
      '普京说',
    ])
      expect(gate(text), text).toBe(true);
  });

  it('opens on a head run into the word before at a capital, as raw text joins two elements', () => {
    // "Lire aussi" and a linked headline, "World" and the first word of an article
    const ready = buildTrigger(stories[0]!.detection);
    for (const text of [
      'Lire aussiValdaï : la résidence sous surveillance',
      'WorldEuropePutin said',
      // after a small accented letter, and after "_" (no `\b` of a regular expression there)
      'Une actualitéPoutine a dit',
      'story_putin_residence',
    ]) {
      expect(gate(text), text).toBe(true);
      expect(ready(text), text).toBe(true);
    }
  });

  it('opens on every head, its longest included, run into the word before at a capital', () => {
    const heads = source.anchored!.split('|');
    expect(Math.max(...heads.map((h) => h.length))).toBe(GATE_HEAD);
    for (const head of heads) {
      const text = `Read moreXx ${'a'.repeat(3)}${head[0]!.toUpperCase()}${head.slice(1)} said`;
      expect(gate(text), text).toBe(true);
    }
    // a head a few letters after a join, inside the word, is no head at the join
    expect(gate('Read moreXéputin said')).toBe(false);
  });

  it('stays closed on ordinary text, heads inside other words included', () => {
    for (const text of [
      'The council approved a new transport plan for the harbour.',
      'cloud computing costs, spouting nonsense, disputing the bill',
      'Residents of the old town met the mayor on Tuesday.',
    ])
      expect(gate(text), text).toBe(false);
  });

  it('takes accents and invisible characters off before it looks again', () => {
    for (const text of [
      'Pútín',
      'Pu\u0301tin',
      'Pu\u00adtin',
      'Pu\u200btin',
      'x\u00adputin',
      'Le président a parlé',
    ])
      expect(gate(text), JSON.stringify(text)).toBe(true);
    // accented letters alone do not open it: a French, German or Spanish page without a head stays
    for (const text of [
      'La rentrée scolaire a été marquée par une grève à Lyon.',
      'Die Bürger von München genießen das schöne Wetter.',
      'El niño comió una manzana en la estación.',
      'Zero\u200bwidth spaces and soft\u00adhyphens alone.',
    ])
      expect(gate(text), text).toBe(false);
  });

  it('opens on a variant letter that taking accents off does not turn into its letter', () => {
    // ø, ł, ı… are read by the detector as o, l, i: the pre-filter's accented stage may match them
    expect(new RegExp(source.open).test('ø')).toBe(true);
    expect(new RegExp(source.open).test('é')).toBe(false);
  });

  it('opens wherever the pre-filter reads any letter of a head as that letter', () => {
    // every character of the Latin, Greek, Cyrillic and letter-like blocks, in every
    // position of three heads: the pre-filter may accept it only if the gate does
    const mayMatch = buildTrigger(stories[0]!.detection);
    const blocks = [
      [0x80, 0x24f],
      [0x370, 0x52f],
      [0x1e00, 0x1fff],
      [0x2100, 0x214f],
      [0xff00, 0xffef],
    ];
    const missed: string[] = [];
    let accepted = 0;
    for (const head of ['putin', 'novgorod', 'residence']) {
      for (let i = 0; i < head.length; i++) {
        for (const [a, b] of blocks) {
          for (let code = a!; code <= b!; code++) {
            const text = `(${head.slice(0, i)}${String.fromCharCode(code)}${head.slice(i + 1)} said)`;
            if (!mayMatch(text)) continue;
            accepted++;
            if (!gate(text)) missed.push(text);
          }
        }
      }
    }
    expect(missed).toEqual([]);
    expect(accepted).toBeGreaterThan(300);
  });
});
