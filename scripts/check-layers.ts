/**
 * `npm run check` (and a unit test): the layer rules and the absence of import cycles
 * (scripts/check/imports.ts). Prints each broken rule and exits 1 if there is one.
 */
import { resolve } from 'node:path';
import { importCycles, layerViolations, readSources } from './check/imports';

const files = readSources(resolve(import.meta.dirname, '..'));
const problems = [
  ...layerViolations(files),
  ...importCycles(files).map((c) => `import cycle: ${c.join(' → ')}`),
];
for (const p of problems) console.error(p);
console.log(
  problems.length
    ? `${problems.length} layer or cycle problem(s) in ${files.length} files`
    : `layers and imports: ${files.length} files, no broken rule, no cycle`,
);
process.exit(problems.length ? 1 : 0);
