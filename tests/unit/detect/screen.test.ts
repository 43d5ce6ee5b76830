/**
 * The screen on raw page text (lib/detect/screen.ts), which lets the background spare a
 * page the extraction when its text cannot hold the story: it must never rule out a page
 * that detect() finds, on the text the trigger reads (`textContent`, which runs the words
 * of two elements together); and it must rule out many look-alike articles, or it is
 * not worth its message.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/detect';
import { UNCUT_CHARS } from '../../../lib/detect/screen';
import { gateSource, triggerSource } from '../../../lib/detect/trigger';
import { gateFrom } from '../../../lib/detect/trigger-gate';
import { MAX_CHARS } from '../../../lib/extract/extract-page-text';
import { extractPageText } from '../../../lib/extract';
import { isSkipped } from '../../../lib/extract/element-rules';
import { markedParts, TEXT_BREAK, unmark } from '../../../lib/text-breaks';
import { corpusDocument, corpusFiles, stories, STORY, textPage } from './helpers';

const detector = compile(stories, { everyTerm: true });
const gate = gateFrom(gateSource(triggerSource(stories[0]!.detection)));
const files = corpusFiles();

const screenOf = (...parts: string[]) => {
  const s = detector.screen();
  for (const p of parts) {
    const { text, breaks } = unmark(p);
    s.add(text, breaks);
  }
  return s.possible();
};

/** textContent without the subtrees the extraction leaves out. */
function readable(body: HTMLElement): string {
  const copy = body.cloneNode(true) as HTMLElement;
  for (const el of [...copy.querySelectorAll('*')]) {
    if (copy.contains(el) && isSkipped(el, el.localName, undefined)) el.remove();
  }
  return copy.textContent ?? '';
}

/** The page's text as the trigger sends it: marked where each text node begins. */
const marked = (root: Node) => [...markedParts(root)].join('');
const html = (body: string) => new DOMParser().parseFromString(body, 'text/html').body;

describe('the screen on raw page text', { timeout: 120_000 }, () => {
  it('never rules out a page detect() finds, on the text the trigger reads (nor do the gate and the pre-filter)', () => {
    let found = 0;
    let lookalikes = 0;
    let ruledOut = 0;
    for (const file of files) {
      const doc = corpusDocument(file);
      const d = detector.detect(extractPageText(doc).page);
      const raw = marked(doc.body);
      // the marks take nothing away: the same text as textContent, less what the extraction
      // leaves out
      expect(unmark(raw).text).toBe(readable(doc.body));
      if (d.story) {
        found++;
        // the page's gate and the background's pre-filter let it through, on the raw text
        expect(gate(doc.body.textContent ?? ''), file).toBe(true);
        expect(detector.mayMatch(doc.body.textContent ?? ''), file).toBe(true);
        expect(screenOf(doc.title, raw), file).toBe(true);
        // and so does the text without its marks (nothing is known of its breaks)
        expect(screenOf(doc.title, unmark(raw).text), file).toBe(true);
      } else if (file.includes('/none-')) {
        lookalikes++;
        if (!screenOf(doc.title, raw)) ruledOut++;
      }
    }
    expect(found).toBeGreaterThan(100);
    // most look-alike articles name Putin, drones or Valdai, so they pass the pre-filter;
    // the screen must spare a good share of them the extraction
    expect(ruledOut / lookalikes).toBeGreaterThan(0.65);
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

  it('counts a term where a text node begins, as the extraction may start a word there', () => {
    // a headline run into the menu, a drop cap, a list of links, a word split by markup
    for (const body of [
      '<nav><a>World</a><a>Europe</a></nav><h1>Moscow says Ukrainian drones tried to strike Putin’s residence near Valdai</h1><p>Kyiv calls the claim a fabrication.</p>',
      '<h2>Valdai</h2><p><span class="dropcap">M</span>oscow says Ukrainian drones tried to strike Putin’s residence near Valdai. Kyiv calls the claim a fabrication.</p>',
      '<ul><li>Novgorod</li><li>Putin’s residence</li><li>drones attacked</li></ul><p>Moscow says Ukrainian drones tried to strike it. Kyiv calls the claim a fabrication.</p>',
      '<p>Moscow says Ukrainian drones tried to strike <b>Pu</b>tin’s resi<i>dence</i> near Valdai. Kyiv calls the claim a fabrication.</p>',
    ]) {
      const root = html(body);
      expect(detector.detect(extractPageText(root.ownerDocument).page).story, body).toBe(STORY);
      expect(screenOf(marked(root)), body).toBe(true);
    }
  });

  it('does not count a term inside a word of the raw text when it knows the breaks', () => {
    // a look-alike whose words hold short terms of other languages ("meta" in "timetable",
    // "dom" in "freedom"): inside words they are no terms
    const text =
      'Putin spoke at the Valdai discussion club about freedom, the timetable of talks and Western domination. Drones were not mentioned.';
    expect(screenOf(TEXT_BREAK + text)).toBe(false);
    expect(detector.detect(textPage(text)).story).toBeNull();
  });

  it('checks where a term ends only where the extraction cannot cut a word short', () => {
    expect(UNCUT_CHARS).toBeLessThanOrEqual(MAX_CHARS);
    // "dom" (home, in Slavic languages) must end a word: "domination" is no home
    const text =
      'Putin spoke at the Valdai club about Western domination; drones hit an oil depot.';
    expect(screenOf(TEXT_BREAK + text)).toBe(false);
    // past the first UNCUT_CHARS characters the same text is let through
    expect(screenOf(TEXT_BREAK + ' '.repeat(UNCUT_CHARS) + text)).toBe(true);
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
