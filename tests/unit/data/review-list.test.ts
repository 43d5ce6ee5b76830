/** The review list in data/stories/<id>/REVIEW.md is the one the pack gives today. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../../data/load-packs';
import { reviewList } from '../../../data/review-list';

const dir = join(import.meta.dirname, '../../../data/stories');

describe.each(loadPackDir(dir).map((p) => [p.id, p] as const))('%s', (id, pack) => {
  it('REVIEW.md is up to date (run `npm run review-list`)', () => {
    expect(readFileSync(join(dir, id, 'REVIEW.md'), 'utf8')).toBe(reviewList(pack));
  });

  it('lists every source with its address and at least one statement', () => {
    const list = reviewList(pack);
    for (const s of pack.sources) {
      const at = list.indexOf(`- id: \`${s.id}\``);
      expect(at, s.id).toBeGreaterThan(0);
      const section = list.slice(at, list.indexOf('\n## ', at) >>> 0);
      expect(section).toContain(`<${s.url}>`);
      expect(section).toMatch(/\n {2}- /);
    }
  });
});
