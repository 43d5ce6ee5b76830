/**
 * Hostile inputs of 5 MB: results must be right (timing is the bench's job, not a test's).
 * Nothing here can backtrack: the matcher is an automaton, the pre-filter literal stems.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../../lib/page-text';
import { detector, STORY } from './helpers';

const MB5 = 5_000_000;
const repeat = (unit: string) => unit.repeat(Math.ceil(MB5 / unit.length)).slice(0, MB5);
const asPage = (text: string, blocks = 1): PageText => {
  const size = Math.ceil(text.length / blocks);
  return {
    blocks: Array.from({ length: blocks }, (_, i) => ({
      text: text.slice(i * size, (i + 1) * size),
      kind: 'other' as const,
    })),
  };
};
const story =
  ' Moscow accused Kyiv of a drone attack on Putin’s residence near Valdai in the Novgorod region; Kyiv denied it. ';

describe('adversarial 5 MB inputs', { timeout: 60_000 }, () => {
  it('one character repeated', () => {
    const text = 'a'.repeat(MB5);
    expect(detector.mayMatch(text)).toBe(false);
    expect(detector.detect(asPage(text)).story).toBeNull();
  });

  it('repeated partial matches of the stems', () => {
    const text = repeat('novgoro putti valda rezidenc dron atta 9 1 резиденци путі ');
    expect(detector.mayMatch(text)).toBe(false);
    expect(detector.detect(asPage(text, 50)).story).toBeNull();
  });

  it('all trigger words, never close enough to co-occur', () => {
    const gap = ' lorem ipsum dolor sit amet'.repeat(40);
    const text = repeat(
      `Putin${gap} Novgorod${gap} drones${gap} residence${gap} attack${gap} Valdai${gap}`,
    );
    expect(detector.mayMatch(text)).toBe(true);
    expect(detector.detect(asPage(text, 100)).story).toBeNull();
  });

  it('trigger stems glued together without spaces', () => {
    const text = repeat('putinnovgorodvaldaiputinresidencedroneattack');
    expect(detector.detect(asPage(text, 10)).story).toBeNull();
  });

  it('soft hyphens and zero-width characters everywhere', () => {
    const text = repeat('Mo\u00ADscow\u200B news\u00AD to\u200Dday ');
    expect(detector.mayMatch(text)).toBe(false);
    expect(detector.detect(asPage(text)).story).toBeNull();
  });

  it('punctuation and sentence marks only', () => {
    const text = repeat('. ! ? … 。 « » — ');
    expect(detector.detect(asPage(text)).story).toBeNull();
  });

  it('unspaced CJK text', () => {
    const text = repeat('普京普京官邸袭击无人机俄罗斯');
    // every term co-occurs everywhere but no place is named and no claim detail: no story
    expect(detector.detect(asPage(text, 20)).story).toBeNull();
  });

  it('one real mention in 5 MB of unrelated text is found, as passing', () => {
    const filler = repeat('The council met to discuss the budget for schools and roads. ');
    const text = `${filler.slice(0, MB5 / 2)}${story}${filler.slice(MB5 / 2)}`;
    const d = detector.detect(asPage(text, 200));
    expect(d).toMatchObject({ story: STORY, strength: 'passing' });
    expect(d.passages[0]!.text).toContain('Valdai');
  });
});
