import { describe, expect, it } from 'vitest';
import { plainTextPage } from '../../../scripts/detect/plain-text';

describe('plainTextPage', () => {
  it('ends blocks at blank lines and joins hard-wrapped lines', () => {
    const page = plainTextPage(
      'Drone claim disputed\n\nFirst paragraph\nwraps here.\n\n\n  Second\tparagraph.  \n',
    );
    expect(page.blocks).toEqual([
      { text: 'Drone claim disputed', kind: 'other' },
      { text: 'First paragraph wraps here.', kind: 'other' },
      { text: 'Second paragraph.', kind: 'other' },
    ]);
    expect(page.title).toBe('Drone claim disputed');
  });

  it('treats each long line as its own paragraph', () => {
    const long1 = 'a'.repeat(120) + ' ' + 'b'.repeat(120);
    const long2 = 'c'.repeat(250);
    const page = plainTextPage(`${long1}\n${long2}\nshort tail\r\nmore`);
    expect(page.blocks.map((b) => b.text)).toEqual([long1, long2, 'short tail more']);
    expect(page.title).toBeUndefined(); // the first line is too long for a title
  });

  it('reads a key: value header as metadata and never as page text', () => {
    const text = [
      'url: https://news.example/a',
      'title: Kyiv rejects the residence claim',
      'lang: uk',
      'label: anything',
      'why: notes that must not be read as text',
      'date: 2025-12-30',
      '---',
      'Текст статті.',
    ].join('\n');
    const page = plainTextPage(text);
    expect(page).toEqual({
      blocks: [{ text: 'Текст статті.', kind: 'other' }],
      title: 'Kyiv rejects the residence claim',
      lang: 'uk',
      published: '2025-12-30',
    });
  });

  it('ignores placeholder titles and partial dates in a header', () => {
    const page = plainTextPage('title: (not available)\ndate: 2023-05\n---\nBody line');
    expect(page.title).toBe('Body line');
    expect(page.published).toBeUndefined();
  });

  it('does not mistake ordinary text for a header', () => {
    const page = plainTextPage('Note: this is text\nstill text\n---\nafter');
    expect(page.blocks.map((b) => b.text)).toEqual(['Note: this is text still text --- after']);
  });

  it('keeps a list of short headline lines apart, one block per line', () => {
    const page = plainTextPage(
      [
        'Evening digest',
        '',
        'Central bank holds rates as inflation eases',
        'Moscow says drones targeted a Putin residence',
        'Storm warning for the northern coast',
        '',
        'That is all for today.',
      ].join('\n'),
    );
    expect(page.blocks.map((b) => b.text)).toEqual([
      'Evening digest',
      'Central bank holds rates as inflation eases',
      'Moscow says drones targeted a Putin residence',
      'Storm warning for the northern coast',
      'That is all for today.',
    ]);
  });

  it('starts a block at every bullet or number; a bullet’s wrapped lines join it', () => {
    const page = plainTextPage(
      [
        '- Notenbank lässt die Zinsen unverändert',
        '• Moskau wirft Kiew einen Drohnenangriff vor,',
        '  den Kiew bestreitet',
        '2) Bahnstreik abgesagt',
      ].join('\n'),
    );
    expect(page.blocks.map((b) => b.text)).toEqual([
      '- Notenbank lässt die Zinsen unverändert',
      '• Moskau wirft Kiew einen Drohnenangriff vor, den Kiew bestreitet',
      '2) Bahnstreik abgesagt',
    ]);
  });

  it('still joins wrapped prose, even where a wrapped line starts with a name', () => {
    const page = plainTextPage(
      [
        'Russia’s foreign minister said on Monday that the',
        'drones had been shot down, and Foreign Minister',
        'Sybiha called the account a lie.',
      ].join('\n'),
    );
    expect(page.blocks).toHaveLength(1);
    expect(page.blocks[0]!.text).toContain(
      'the drones had been shot down, and Foreign Minister Sybiha',
    );
  });

  it('caseless scripts: filled lines are wrapped prose, uneven short lines a list', () => {
    const prose = plainTextPage(
      [
        'قالت موسكو إن طائرات مسيرة أوكرانية استهدفت',
        'مقر إقامة بوتين في منطقة نوفغورود، لكن كييف',
        'نفت ذلك.',
      ].join('\n'),
    );
    expect(prose.blocks).toHaveLength(1);
    const list = plainTextPage(
      [
        'أسعار النفط ترتفع مع برد الشتاء',
        'إضراب في الموانئ',
        'موسكو تتهم كييف بمهاجمة مقر بوتين',
      ].join('\n'),
    );
    expect(list.blocks).toHaveLength(3);
  });

  it('caps the text it takes', () => {
    const page = plainTextPage('word '.repeat(100_000), 1000);
    expect(page.blocks.reduce((n, b) => n + b.text.length, 0)).toBeLessThanOrEqual(1000);
  });
});
