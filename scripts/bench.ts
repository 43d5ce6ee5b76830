/**
 * `npm run bench`: detector cost as RATIOS to a baseline measured in the same run on
 * the same text (one `toLowerCase()` + `includes()` scan), so the numbers mean the same
 * on any machine. No pass/fail: the adversarial unit tests check correctness. All
 * text here is synthetic, written for this script.
 */
import { join, resolve } from 'node:path';
import { loadPackDir } from '../data/load-packs';
import { compile } from '../lib/detect';
import { triggerSource } from '../lib/detect/trigger';
import type { PageText } from '../lib/page-text';
import { existsSync } from 'node:fs';
import { benchChromium } from './bench-chromium';
import { CHROME_BUILD, CHROMIUM } from '../tests/e2e/harness';

const root = resolve(import.meta.dirname, '..');
const stories = loadPackDir(join(root, 'data/stories'));

/** Median time in ms of `fn`, run in batches until ~150 ms have passed. */
function time(fn: () => unknown, minRuns = 5): number {
  const samples: number[] = [];
  const deadline = performance.now() + 150;
  while (samples.length < minRuns || (performance.now() < deadline && samples.length < 500)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

let sink = 0;
const baseline = (text: string) => () => {
  sink += text.toLowerCase().includes('novgorod') ? 1 : 0;
};

const filler = [
  'The city council met on Tuesday to discuss the budget for schools and public transport.',
  'Residents asked for more cycle lanes, while shop owners worried about parking near the market.',
  'Weather services expect rain over the weekend and lower temperatures in the north of the country.',
  'Городской совет обсудил ремонт дорог, а жители попросили больше автобусов в новых районах.',
  'Die Bibliothek verlängert ihre Öffnungszeiten, und das Museum zeigt eine neue Ausstellung.',
].join(' ');
const story = [
  'Russia said Ukrainian drones attacked the presidential residence in the Novgorod region overnight.',
  'Foreign Minister Sergei Lavrov claimed that 91 long-range drones had been shot down near Valdai.',
  'Kyiv denied the allegation and called it a lie meant to derail peace talks.',
].join(' ');
const fill = (n: number, seed: string) => {
  let s = '';
  while (s.length < n) s += `${seed}\n\n`;
  return s.slice(0, n);
};
const asPage = (text: string): PageText => ({
  blocks: text
    .split(/\n\n+/)
    .filter(Boolean)
    .map((t) => ({ text: t, kind: 'other' })),
});

const plain30k = fill(30_000, filler);
const story30k = `${story}\n\n${fill(29_000, filler)}\n\n${story}`;
const MB5 = 5_000_000;
const adversarial: Record<string, string> = {
  'one char repeated': 'a'.repeat(MB5),
  'repeated partial stems': fill(MB5, 'novgoro putiv valda rezidenc dron atta 9 1 '),
  'trigger words, no co-occurrence': fill(
    MB5,
    `Putin ${filler} Novgorod ${filler} drones ${filler}`,
  ),
  'soft hyphens in every word': fill(MB5, 'Nov\u00ADgo\u00ADrod ne\u00ADws to\u00ADday ').replace(
    /Nov/g,
    'Mov',
  ),
  'stops and spaces': fill(MB5, '. ! ? … 。 '),
};

const rows: Array<[string, number, number]> = [];
const detector = compile(stories);
rows.push([
  'mayMatch, 30 KB page without the story',
  time(() => detector.mayMatch(plain30k)),
  time(baseline(plain30k)),
]);
// As the extension ships it: the pre-filter worked out at build time (data/rules-plugin.ts).
const shipped = stories.map((s) => ({ ...s, trigger: triggerSource(s.detection) }));
rows.push([
  'compile() as shipped (pre-filter prepared at build time)',
  time(() => compile(shipped)),
  time(baseline(plain30k)),
]);
rows.push([
  'compile() from rules alone (trigger only; automaton is lazy)',
  time(() => compile(stories)),
  time(baseline(plain30k)),
]);
rows.push([
  'compile() + first detect (builds the automaton), 30 KB story page',
  time(() => compile(stories).detect(asPage(story30k))),
  time(baseline(story30k)),
]);
const storyPage = asPage(story30k);
rows.push([
  'detect, 30 KB story page (compiled)',
  time(() => detector.detect(storyPage)),
  time(baseline(story30k)),
]);
for (const [name, text] of Object.entries(adversarial)) {
  const page = asPage(text);
  rows.push([
    `5 MB adversarial (${name}): mayMatch`,
    time(() => detector.mayMatch(text), 3),
    time(baseline(text), 3),
  ]);
  rows.push([
    `5 MB adversarial (${name}): detect`,
    time(() => detector.detect(page), 2),
    time(baseline(text), 3),
  ]);
}

console.log('Baseline: one text.toLowerCase().includes(...) over the same text, same run.\n');
console.log('ratio to baseline   case');
for (const [name, t, b] of rows) console.log(`${(t / b).toFixed(1).padStart(8)}×          ${name}`);
console.log(
  `\n(absolute, for context only: baseline on 30 KB ${rows[0]![2].toFixed(3)} ms)${sink < 0 ? '' : ''}`,
);

// The same question in the browser: what the content script adds to a page load.
if (existsSync(join(CHROME_BUILD, 'manifest.json')) && existsSync(CHROMIUM)) {
  await benchChromium();
} else {
  console.log('\n(Chromium part skipped: run `npm run build`; needs /usr/bin/chromium.)');
}
