import { describe, expect, it } from 'vitest';
import { extractPageText, rangeFor } from '../../../lib/extract';
import { fixture, loadBody, loadPage } from './load-page';

/** Small seeded PRNG so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const collapse = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ');

describe('rangeFor', () => {
  it.each(['news-article-en.html', 'no-landmarks-ru.html', 'teasers-uk.html'])(
    'maps random passages of %s back to exactly their DOM text',
    (name) => {
      const doc = loadPage(fixture(name));
      const { page, map } = extractPageText(doc, { skipTag: 'factline-card' });
      const random = rng(name.length);
      let checked = 0;
      page.blocks.forEach((block, b) => {
        for (let k = 0; k < 25; k++) {
          const start = Math.floor(random() * block.text.length);
          const end = start + 1 + Math.floor(random() * (block.text.length - start));
          const range = rangeFor(map, b, start, end, doc);
          expect(range, `${b}:${start}-${end}`).not.toBeNull();
          // Collapsed whitespace reads as one space in block text, as the whole run in the DOM.
          expect(collapse(range!.toString())).toBe(block.text.slice(start, end));
          // The first and last characters sit exactly at the range's edges.
          const first = block.text[start]!;
          if (first !== ' ') {
            expect((range!.startContainer as Text).data[range!.startOffset]).toBe(first);
          }
          const last = block.text[end - 1]!;
          if (last !== ' ') {
            expect((range!.endContainer as Text).data[range!.endOffset - 1]).toBe(last);
          }
          checked++;
        }
      });
      expect(checked).toBeGreaterThan(200);
    },
  );

  it('spans words split across elements', () => {
    const doc = loadBody('<p>the <b>Nov</b>go<i>rod</i> region</p>');
    const { page, map } = extractPageText(doc);
    const start = page.blocks[0]!.text.indexOf('Novgorod');
    const range = rangeFor(map, 0, start, start + 8, doc)!;
    expect(range.toString()).toBe('Novgorod');
    expect(range.startContainer.parentElement!.tagName).toBe('B');
    expect(range.endContainer.parentElement!.tagName).toBe('I');
  });

  it('returns null for offsets outside the block', () => {
    const doc = loadBody('<p>short</p>');
    const { map } = extractPageText(doc);
    expect(rangeFor(map, 0, 0, 6, doc)).toBeNull();
    expect(rangeFor(map, 0, 3, 3, doc)).toBeNull();
    expect(rangeFor(map, 0, -1, 2, doc)).toBeNull();
    expect(rangeFor(map, 1, 0, 1, doc)).toBeNull();
  });

  it('returns null when the DOM changed under the passage', () => {
    const doc = loadBody('<p id="a">alpha <b>beta</b> gamma</p><p id="b">delta</p>');
    const { map } = extractPageText(doc);
    expect(rangeFor(map, 0, 0, 16, doc)?.toString()).toBe('alpha beta gamma');
    doc.querySelector('b')!.firstChild!.textContent = 'BETA!';
    expect(rangeFor(map, 0, 0, 16, doc)).toBeNull();
    expect(rangeFor(map, 0, 0, 5, doc)?.toString()).toBe('alpha'); // untouched part still maps
    doc.getElementById('b')!.remove();
    expect(rangeFor(map, 1, 0, 5, doc)).toBeNull();
  });
});
