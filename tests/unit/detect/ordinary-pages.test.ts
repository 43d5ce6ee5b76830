/**
 * Ordinary pages that carry words a trigger stem sits inside ("computing", "disputing",
 * "Rasputin", "residents", "Putignano") or the everyday words of the story's phrases
 * ("president", "residences") or the everyday words inside the place's names of several
 * words ("lake" of "lake Uzhin", "long" of "Dolgiye Borody") without a trigger term: none
 * of them may pass the
 * pre-filter, so none pays for extraction and detection (tests/fixtures/ordinary).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detector, textPage } from './helpers';

const dir = join(import.meta.dirname, '../../fixtures/ordinary');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('ordinary pages with look-alike words', () => {
  it('are a dozen or more, in several languages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(new Set(pages.map((p) => p.name.slice(0, 2))).size).toBeGreaterThanOrEqual(8);
  });

  for (const { name, text } of pages) {
    it(`${name} does not pass the pre-filter`, () => {
      expect(detector.mayMatch(text)).toBe(false);
      expect(detector.detect(textPage(text)).story).toBeNull();
    });
  }
});
