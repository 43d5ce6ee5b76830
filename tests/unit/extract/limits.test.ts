import { describe, expect, it } from 'vitest';
import { extractPageText, MAX_CHARS } from '../../../lib/extract';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('bounded cost on hostile pages', () => {
  it('stops at the character cap inside one 5 MB text node', () => {
    const doc = parse('<p>start</p><p></p>');
    doc.querySelectorAll('p')[1]!.append(doc.createTextNode('word '.repeat(1_000_000)));
    const t0 = performance.now();
    const { page, truncated } = extractPageText(doc);
    const ms = performance.now() - t0;
    const total = page.blocks.reduce((n, b) => n + b.text.length, 0);
    expect(truncated).toBe(true);
    expect(total).toBeLessThanOrEqual(MAX_CHARS);
    expect(total).toBeGreaterThan(MAX_CHARS - 10);
    expect(page.blocks[0]!.text).toBe('start');
    expect(ms).toBeLessThan(2000);
  });

  it('honours smaller caps for characters and nodes', () => {
    const doc = parse('<p>one</p>'.repeat(1000));
    const byChars = extractPageText(doc, { maxChars: 30 });
    expect(byChars.truncated).toBe(true);
    expect(byChars.page.blocks.map((b) => b.text).join('')).toBe('one'.repeat(10));
    const byNodes = extractPageText(doc, { maxNodes: 100 });
    expect(byNodes.truncated).toBe(true);
    expect(byNodes.page.blocks.length).toBeLessThan(60);
  });

  it('walks pages nested thousands deep without recursion', () => {
    const depth = 20_000;
    const doc = parse(`${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}<p>after</p>`);
    const { page } = extractPageText(doc);
    expect(page.blocks.map((b) => b.text)).toEqual(['deep text', 'after']);
  });

  it('reports no truncation on an ordinary page', () => {
    expect(extractPageText(parse('<p>one</p><p>two</p>')).truncated).toBe(false);
  });
});
