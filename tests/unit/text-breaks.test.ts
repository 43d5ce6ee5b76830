/**
 * The trigger's page text marked where each text node and each block begins
 * (lib/text-breaks.ts), and the background's reading of it.
 */
import { describe, expect, it } from 'vitest';
import { BLOCK_BREAK, markedParts, TEXT_BREAK, unmark } from '../../lib/text-breaks';

const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('page text with its breaks', () => {
  it('is textContent with a mark before each text node, another where a block starts', () => {
    const root = body('<h1>World</h1><p>Europe: <b>Pu</b>tin’s <i>residence</i></p>');
    const marked = [...markedParts(root)].join('');
    expect(marked).toBe(
      `${BLOCK_BREAK}World${BLOCK_BREAK}Europe: ${TEXT_BREAK}Pu${TEXT_BREAK}tin’s ${TEXT_BREAK}residence`,
    );
    const { text, breaks, blocks } = unmark(marked);
    expect(text).toBe(root.textContent);
    expect(breaks).toEqual([0, 5, 13, 15, 21]);
    expect(blocks).toEqual([0, 5]);
  });

  it('starts a block at every element that is not an inline one, and at text after one', () => {
    const root = body(
      '<div>Lead <a href="/x"><span>linked</span> words</a><aside><a href="/r">Related</a></aside>' +
        'tail <custom-teaser>Teaser</custom-teaser></div>',
    );
    const { text, blocks } = unmark([...markedParts(root)].join(''));
    expect(text).toBe('Lead linked wordsRelatedtail Teaser');
    // "Lead linked words" | "Related" (in an aside) | "tail " (the div again) | "Teaser"
    expect(blocks).toEqual([0, 17, 24, 29]);
  });

  it('leaves out the text of scripts and styles, which no reader sees', () => {
    const root = body(
      '<p>Drones</p><script>var story = "Putin residence";</script><style>p{}</style><p>near</p>',
    );
    expect(unmark([...markedParts(root)].join('')).text).toBe('Dronesnear');
  });

  it('comes in parts of a thousand text nodes, which join to the whole', () => {
    const root = body(Array.from({ length: 2500 }, (_, i) => `<span>w${i} </span>`).join(''));
    const parts = [...markedParts(root)];
    expect(parts).toHaveLength(3);
    const { text, breaks } = unmark(parts.join(''));
    expect(text).toBe(root.textContent);
    expect(breaks).toHaveLength(2500);
  });

  it('leaves text without marks as it is', () => {
    expect(unmark('plain text')).toEqual({ text: 'plain text', breaks: null, blocks: null });
  });

  it('reads a text node alone (what a live page adds may be one), and keeps a page’s own mark a space', () => {
    const root = body('<p>Drones struck near</p>');
    const node = root.querySelector('p')!.firstChild!;
    expect([...markedParts(node)]).toEqual([BLOCK_BREAK + 'Drones struck near']);
    const own = body(`<p>near${TEXT_BREAK}Valdai${BLOCK_BREAK}region</p>`);
    expect(unmark([...markedParts(own)].join('')).text).toBe('near Valdai region');
  });
});
