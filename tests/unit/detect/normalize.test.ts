import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm } from '../../../lib/detect/normalize';

const norm = (s: string) => normalize([s]).text;

describe('normalize', () => {
  it('folds case and diacritics across scripts', () => {
    expect(norm('NÓVGOROD Wałdaj Valdaï Reşedinţa')).toBe('novgorod waldaj valdai resedinta');
    expect(norm('Новгородской ВАЛДАЙ Путін Ёлка')).toBe('новгородскои валдаи путін елка');
    expect(norm('Πούτιν ΠΟΥΤΙΝ')).toBe('πουτιν πουτιν');
    expect(norm('PUTİN Straße')).toBe('putin strasse');
  });

  it('removes soft hyphens and zero-width characters inside words', () => {
    expect(norm('Nov\u00ADgo\u200Brod Pu\u200Ctin\u2060 Res\uFEFFidence')).toBe(
      'novgorod putin residence',
    );
    expect(norm('Пу\u00ADтин')).toBe('путин');
  });

  it('turns punctuation, typographic quotes, dashes and NBSP into single spaces', () => {
    expect(norm('«Putin’s»\u00A0residence—Valdai – “drone-attack”')).toBe(
      'putin s residence valdai drone attack',
    );
  });

  it('unifies Arabic letter variants and digits of other scripts', () => {
    expect(norm('إقامة أوكرانيا ٩١')).toBe(norm('اقامه اوكرانيا 91'));
    expect(norm('پوتین ۹۱')).toBe('پوتين 91');
    expect(norm('๙๑ ９１')).toBe('91 91');
  });

  it('folds Hebrew final letters so suffixes still match', () => {
    expect(norm('מעון')).toBe('מעונ');
    expect(norm('מעונו').startsWith(norm('מעון'))).toBe(true);
  });

  it('reads Indic text the same with or without its viramas', () => {
    expect(norm('ட்ரோன்')).toBe(norm('டரோன'));
    expect(norm('ड्रोन')).toBe(norm('डरोन'));
  });

  it('reads Malayalam chillu letters as their old encoding (consonant, virama, ZWJ)', () => {
    expect(norm('പുടിൻ')).toBe(norm('പുടിന\u0d4d\u200d'));
    expect(norm('വാൽഡായ്')).toBe(norm('വാല\u0d4d\u200dഡായ്'));
    expect(norm('റസിഡൻസ്')).toBe(norm('റസിഡന\u0d4d\u200dസ്'));
  });

  it('keeps CJK text intact (no spaces invented)', () => {
    expect(norm('俄方声称乌方无人机袭击普京官邸。')).toBe('俄方声称乌方无人机袭击普京官邸');
  });

  it('breaks sentences, but not after an initial or "U.S."', () => {
    const n = normalize(['U.S. officials spoke. Then J. Smith left! Done? 北京。上海']);
    expect(n.text).toBe('u s officials spoke\nthen j smith left\ndone\n北京\n上海');
    expect(n.sentenceStarts.length).toBe(5);
  });

  it('maps every stream character back to its offset in the original block', () => {
    const src = 'Attack on «Pu\u00ADtin’s» residence';
    const n = normalize([src]);
    const start = n.text.indexOf('putin');
    expect(n.orig[start]).toBe(src.indexOf('Pu'));
    expect(n.orig[start + 4]).toBe(src.indexOf('n’s'));
    const multi = normalize(['Straße x']);
    expect(multi.text).toBe('strasse x');
    expect(multi.orig[5]).toBe(4); // both "s" of ß point at ß
  });

  it('marks where each block starts', () => {
    const n = normalize(['One two.', '', 'Three']);
    expect(n.text).toBe('one two\nthree');
    expect(n.blockStarts).toEqual([0, 7, 7]);
  });

  it('normalises terms like text', () => {
    expect(normalizeTerm('Nóvgorod')).toBe('novgorod');
    expect(normalizeTerm('  Valdai-Residenz ')).toBe('valdai residenz');
    expect(normalizeTerm('כטב"ם')).toBe('כטב מ');
  });
});
