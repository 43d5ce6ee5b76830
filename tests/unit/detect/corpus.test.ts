/**
 * Convention test over the own corpus (tests/fixtures/corpus/<lang>/<expect>-<slug>.html):
 * every page, through the real extraction, gets the expectation its file name states.
 * Iterates whatever files exist; per-language precision/recall is `npm run corpus`.
 */
import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../lib/extract';
import { corpusDocument, corpusFiles, detector, STORY } from './helpers';

const files = corpusFiles();

function detectFile(file: string) {
  const doc = corpusDocument(file);
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
