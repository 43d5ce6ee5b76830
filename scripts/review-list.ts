/** `npm run review-list`: writes data/stories/<id>/REVIEW.md for every pack (data/review-list.ts). */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPackDir } from '../data/load-packs';
import { reviewList } from '../data/review-list';

const dir = resolve(import.meta.dirname, '../data/stories');
for (const pack of loadPackDir(dir)) {
  const file = join(dir, pack.id, 'REVIEW.md');
  writeFileSync(file, reviewList(pack));
  console.log(`wrote ${file}`);
}
