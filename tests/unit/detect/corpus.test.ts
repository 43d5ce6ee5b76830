/**
 * Convention test over the own corpus (tests/fixtures/corpus/<lang>/<expect>-<slug>.html):
 * every page, through the real extraction, gets the expectation its file name states.
 * Iterates whatever files exist; per-language precision/recall is `npm run corpus`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../lib/extract';
import { detector, STORY } from './helpers';

const dir = join(import.meta.dirname, '../../fixtures/corpus');
const files = existsSync(dir)
  ? readdirSync(dir)
      .filter((lang) => statSync(join(dir, lang)).isDirectory())
      .flatMap((lang) => readdirSync(join(dir, lang)).map((f) => `${lang}/${f}`))
      .filter((f) => f.endsWith('.html'))
      .sort()
  : [];

function detectFile(file: string) {
  // happy-dom would try to fetch external scripts and styles: drop their URLs
  const html = readFileSync(join(dir, file), 'utf8').replace(
    /<(script|link)\b([^>]*?)\s(?:src|href)="[^"]*"/g,
    '<$1$2',
  );
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return detector.detect(extractPageText(doc).page);
}

describe('own corpus', () => {
  it('follows the naming convention', () => {
    for (const f of files)
      expect(f).toMatch(/^[a-z]{2,3}\/(primary|passing|none)-[a-z0-9-]+\.html$/);
  });

  it.each(files)('%s', (file) => {
    const expected = /\/(primary|passing|none)-/.exec(file)![1];
    const d = detectFile(file);
    if (expected === 'none') {
      expect(d.story).toBeNull();
    } else {
      expect(d.story).toBe(STORY);
      expect(d.strength).toBe(expected);
      expect(d.passages.length).toBeGreaterThan(0);
    }
  });
});
