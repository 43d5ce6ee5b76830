/**
 * The screen on raw page text (lib/detect/screen.ts), which lets the background spare a
 * page the extraction when its text cannot hold the story: it must never rule out a page
 * that detect() finds, on the text the trigger reads (`textContent`, which runs the words
 * of two elements together); and it must rule out many look-alike articles, or it is
 * not worth its message.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/detect';
import { extractPageText } from '../../../lib/extract';
import { corpusDocument, corpusFiles, stories, STORY, textPage } from './helpers';

const detector = compile(stories, { everyTerm: true });
const files = corpusFiles();

const screenOf = (...parts: string[]) => {
  const s = detector.screen();
  for (const p of parts) s.add(p);
  return s.possible();
};

describe('the screen on raw page text', { timeout: 120_000 }, () => {
  it('never rules out a page detect() finds, on the text the trigger reads', () => {
    let found = 0;
    let lookalikes = 0;
    let ruledOut = 0;
    for (const file of files) {
      const doc = corpusDocument(file);
      const d = detector.detect(extractPageText(doc).page);
      const raw = doc.body.textContent ?? '';
      if (d.story) {
        found++;
        expect(screenOf(doc.title, raw), file).toBe(true);
      } else if (file.includes('/none-')) {
        lookalikes++;
        if (!screenOf(doc.title, raw)) ruledOut++;
      }
    }
    expect(found).toBeGreaterThan(100);
    // most look-alike articles name Putin, drones or Valdai, so they pass the pre-filter;
    // the screen must spare a good share of them the extraction
    expect(ruledOut / lookalikes).toBeGreaterThan(0.4);
  });

  it('reads words that markup ran together, and adds up text given in parts', () => {
    const story =
      'Moscow says Ukrainian drones tried to strike Putin’s residence near Valdai in the Novgorod region. Kyiv calls the claim a fabrication.';
    expect(detector.detect(textPage(story)).story).toBe(STORY);
    expect(screenOf(story)).toBe(true);
    // the end of a menu run into the headline, words of two elements joined
    expect(
      screenOf(
        `WorldEuropeMoscow says Ukrainian drones tried to strike Putin’s residence near ValdaiIn the Novgorod region.`,
      ),
    ).toBe(true);
    // (a sender cuts between words, or repeats a part's end: a term cut in two is not seen)
    const cut = story.indexOf('residence');
    const [a, b] = [story.slice(0, cut), story.slice(cut)];
    expect(screenOf(a)).toBe(false);
    expect(screenOf(a, b)).toBe(true);
  });

  it('rules out war news without the story’s parts', () => {
    expect(
      screenOf('Putin met the governor of the Novgorod region to discuss roads and schools.'),
    ).toBe(false);
    expect(
      screenOf('Drones attacked an oil depot; Putin chaired a meeting of the security council.'),
    ).toBe(false);
  });
});
