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

  it('starts a block where the extraction does: at a block element, and after a <br> or <hr>', () => {
    const root = body(
      '<div>Lead <a href="/x"><span>linked</span> words</a><aside><a href="/r">Related</a></aside>' +
        'tail <custom-teaser>Te</custom-teaser>aser<br>Novgorod<b><hr></b><i>after</i></div>',
    );
    const { text, blocks } = unmark([...markedParts(root)].join(''));
    expect(text).toBe('Lead linked wordsRelatedtail TeaserNovgorodafter');
    // "Lead linked words" | "Related" (an aside) | "tail Teaser" (the div again; a custom
    // element is inline) | "Novgorod" (after <br>) | "after" (after an <hr> inside a <b>)
    expect(blocks).toEqual([0, 17, 24, 35, 43]);
  });

  it('leaves out what the extraction leaves out: scripts, styles, hidden parts, controls', () => {
    const root = body(
      '<p>Drones</p><script>var story = "Putin residence";</script><style>p{}</style>' +
        '<div hidden><p>menu</p></div><p style="display:none">gone</p><button>Share</button>' +
        '<p aria-hidden="true">icon</p><p>near</p>',
    );
    expect(unmark([...markedParts(root)].join('')).text).toBe('Dronesnear');
    // a text node alone, inside a hidden element, is left out too
    const hidden = root.ownerDocument.createElement('div');
    hidden.hidden = true;
    hidden.append('Putin');
    root.append(hidden);
    expect([...markedParts(hidden.firstChild!)]).toEqual([]);
  });

  it('comes in parts of 250 text nodes, which join to the whole', () => {
    const root = body(Array.from({ length: 2500 }, (_, i) => `<span>w${i} </span>`).join(''));
    const parts = [...markedParts(root)];
    expect(parts).toHaveLength(10);
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
