/**
 * The trigger's page text marked where each text node begins (lib/text-breaks.ts), and
 * the background's reading of it.
 */
import { describe, expect, it } from 'vitest';
import { markedParts, TEXT_BREAK, unmark } from '../../lib/text-breaks';

const body = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;

describe('page text with its breaks', () => {
  it('is textContent with a mark before each text node', () => {
    const root = body('<h1>World</h1><p>Europe: <b>Pu</b>tin’s <i>residence</i></p>');
    const marked = [...markedParts(root)].join('');
    expect(marked).toBe(
      [TEXT_BREAK + 'World', 'Europe: ', 'Pu', 'tin’s ', 'residence'].join(TEXT_BREAK),
    );
    const { text, breaks } = unmark(marked);
    expect(text).toBe(root.textContent);
    expect(breaks).toEqual([0, 5, 13, 15, 21]);
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
    expect(unmark('plain text')).toEqual({ text: 'plain text', breaks: null });
  });

  it('reads a text node alone (what a live page adds may be one), and keeps a page’s own mark a space', () => {
    const root = body('<p>Drones struck near</p>');
    const node = root.querySelector('p')!.firstChild!;
    expect([...markedParts(node)]).toEqual([TEXT_BREAK + 'Drones struck near']);
    const own = body(`<p>near${TEXT_BREAK}Valdai</p>`);
    expect(unmark([...markedParts(own)].join('')).text).toBe('near Valdai');
  });
});
