/**
 * The detector's reading of a page's raw text (lib/detect/raw-page.ts), which lets the
 * background spare a look-alike page the extraction: it must find every page the
 * extraction finds, however the page's chrome sits beside the story, and it must rule out
 * most look-alike articles that the cheaper screen lets through, or it is not worth its
 * message.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../../lib/detect';
import { rawPage } from '../../../lib/detect/raw-page';
import { extractPageText } from '../../../lib/extract';
import { BLOCK_BREAK, markedParts, unmark } from '../../../lib/text-breaks';
import { corpusDocument, corpusFiles, stories, STORY } from './helpers';

const detector = compile(stories, { everyTerm: true });

/** What the background reads of a document, as the trigger sends it: its title as the
 * first block, then its marked text. */
function raw(doc: Document) {
  const marked = BLOCK_BREAK + doc.title + '\n' + [...markedParts(doc.body)].join('');
  const { text, blocks } = unmark(marked);
  return detector.couldFind(rawPage('', text, blocks));
}
const docOf = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const extracted = (doc: Document) => detector.detect(extractPageText(doc).page);
const screened = (doc: Document) => {
  const s = detector.screen();
  const { text, breaks } = unmark([...markedParts(doc.body)].join(''));
  s.add(doc.title);
  s.add(text, breaks);
  return s.possible();
};

const KREMLIN_2023 =
  'Two drones were downed over the Kremlin on Wednesday night, Peskov said. He called it an ' +
  'attempt on the life of President Putin and a drone attack on the presidential residence, ' +
  'in May 2023.';
const STORY_LINE =
  'Russia says Ukraine sent 91 drones at Putin’s residence in the Novgorod region; Kyiv called the claim a lie.';

describe('the detector on raw page text', { timeout: 120_000 }, () => {
  it('finds every corpus page the extraction finds, and rules out most look-alikes the screen lets through', () => {
    let found = 0;
    let screenedIn = 0;
    let ruledOut = 0;
    for (const file of corpusFiles()) {
      const doc = corpusDocument(file);
      const r = raw(doc);
      if (extracted(doc).story) {
        found++;
        expect(r, file).toBe(true);
      } else if (file.includes('/none-') && screened(doc)) {
        screenedIn++;
        if (!r) ruledOut++;
      }
    }
    expect(found).toBeGreaterThan(150);
    expect(screenedIn).toBeGreaterThan(20);
    console.info(
      `raw reading: ${ruledOut} of ${screenedIn} look-alikes the screen lets through ruled out`,
    );
    expect(ruledOut / screenedIn).toBeGreaterThan(0.5);
  });

  it('rules out a look-alike report the screen lets through', () => {
    const doc = docOf(
      `<title>Drones over the Kremlin</title><article><p>${KREMLIN_2023}</p></article>`,
    );
    expect(screened(doc)).toBe(true);
    expect(extracted(doc).story).toBeNull();
    expect(raw(doc)).toBe(false);
  });

  it('keeps a story whose look-alike neighbour the extraction sets apart (a related link)', () => {
    // a passing mention, just over the threshold, and a related link with a look-alike of
    // its own: in one zone the look-alike would take the mention away
    const doc = docOf(
      '<title>Peace talks resume</title><article><h1>Peace talks resume</h1>' +
        '<p>Negotiators met in Geneva on Monday for a new round of talks on the war.</p>' +
        '<p>Russia claimed that Ukrainian drones targeted Putin’s residence in Valdai.</p>' +
        '<ul class="related"><li><a href="/k">Drones over the Kremlin in May 2023: what Peskov ' +
        'said about the attack on the residence</a></li></ul></article>',
    );
    expect(extracted(doc).story).toBe(STORY);
    const { text, blocks } = unmark([...markedParts(doc.body)].join(''));
    const oneZone = { ...rawPage(doc.title, text, blocks), published: '2026-01-01' };
    expect(detector.detect(oneZone).story).toBeNull();
    expect(raw(doc)).toBe(true);
  });

  // Pages a review built to make the raw reading miss what the extraction finds.
  const PUB = '<meta property="article:published_time" content="2026-01-02">';
  it.each([
    [
      'a look-alike aside between the claim and the place',
      '<p>A drone strike hit Putin’s residence overnight, officials in Moscow said.</p><aside><p>Read also: the Kremlin residence drone strike of May 2023.</p></aside><p>The lakeside site lies in the Novgorod region.</p>',
    ],
    [
      'a look-alike link classed apart inside the claim’s paragraph',
      '<p>A drone strike hit Putin’s residence in the Novgorod region overnight, officials said. <a class="related-link" href="/k">Kremlin residence drone strike, May 2023</a></p>',
    ],
    [
      'related links parted by <br>',
      '<div class="related"><a href="/a">A drone strike hit Putin’s residence in Novgorod</a><br><a href="/b">Kremlin residence drone attack of May 2023 remembered</a></div>',
    ],
    [
      'words parted only by <br>',
      '<p>Officials said a drone strike targeted Putin’s residence<br>Novgorod region officials gave no details.</p>',
    ],
    [
      'hidden text between the claim and the place',
      `<p>A drone strike hit Putin’s residence overnight, officials in Moscow said.</p><div hidden>${'Menu item and more. '.repeat(25)}</div><button>${'Share this. '.repeat(10)}</button><p>The lakeside site lies in the Novgorod region.</p>`,
    ],
    [
      'a place in an inline element the extraction sets apart (its class, its itemprop)',
      '<p>Russia says Ukraine sent drones at Putin’s residence in the<span class="story-body">Novgorod region.</span></p>',
    ],
    [
      'a place after an inline element the extraction sets apart',
      '<p>Drones targeted Putin’s residence, <a class="related" href="/r">Read more</a>Novgorod region officials added.</p>',
    ],
    [
      'a name inside a custom element',
      '<p>Officials said drones targeted <x-entity>Putin</x-entity>’s estate in the Novgorod region overnight.</p>',
    ],
  ])('finds the story the extraction finds: %s', (_, body) => {
    const doc = docOf(
      `<title>Peace talks</title>${PUB}<article><h1>Talks in Geneva</h1>${body}</article>`,
    );
    expect(extracted(doc).story).toBe(STORY);
    expect(raw(doc)).toBe(true);
  });

  it('reads a word that inline markup parts as one word', () => {
    const doc = docOf(
      '<title>Claim</title><p>Russia says Ukraine sent 91 drones at <b>Pu</b>tin’s <a href="/r">resi<i>dence</i></a> ' +
        'in the Novgorod region; Kyiv called the claim a lie.</p>',
    );
    expect(extracted(doc).story).toBe(STORY);
    expect(raw(doc)).toBe(true);
  });

  it('takes no date from the page: a story on a page that states an old one is not ruled out', () => {
    const page = rawPage('', STORY_LINE, [0]);
    expect(detector.couldFind({ ...page, published: '2023-05-04' })).toBe(true);
  });
});
