/**
 * `npm run check`: the built extension's outputs against their size budgets
 * (scripts/check/sizes.ts). Needs `npm run build` first; exits 1 on a budget exceeded.
 */
import { resolve } from 'node:path';
import { kb, measureSizes } from './check/sizes';

const sizes = measureSizes(resolve(import.meta.dirname, '../.output/chrome-mv3'));
if (!sizes) {
  console.error('no build in .output/chrome-mv3: run `npm run build` first');
  process.exit(1);
}
let over = 0;
for (const s of sizes) {
  const ok = s.files_.length > 0 && s.actual <= s.bytes;
  if (!ok) over++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${s.label}: ${kb(s.actual)} of ${kb(s.bytes)}` +
      (s.files_.length ? '' : ' (no such file in the build)'),
  );
}
process.exit(over ? 1 : 0);
