/**
 * `npm run bench`: what Factline costs, as RATIOS to a baseline measured in the same run,
 * so the numbers mean the same on any machine. No pass/fail (these machines are noisy);
 * each row says which budget (README "Budgets") it answers and whether it is met.
 *
 * 1. In real Chromium (needs `npm run build` and /usr/bin/chromium): main-thread time of
 *    the extension's scripts on plain, near-miss, story and live-blog pages, against a
 *    one-line reference content script (scripts/bench/chromium.ts).
 * 2. In Node: the background's detector, against one `toLowerCase().includes` scan.
 *
 * 3. In Chromium and in Firefox (needs `npm run build:firefox`): a timer probe in the page,
 *    with and without Factline (scripts/bench/probe.ts).
 *
 * Options: BENCH_RUNS=n (loads per page, default 5); BENCH_PAGES=id,id for a quick look at
 * some pages; BENCH_METHOD=events to read trace events only, without the CPU profiler
 * (scripts/bench/chromium.ts `METHOD`); `--chromium`, `--firefox` or `--node` for one part.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPackDir } from '../data/load-packs';
import { compile } from '../lib/detect';
import { termWords } from '../lib/detect/matcher';
import { gateSource, triggerSource } from '../lib/detect/trigger';
import { gateFrom } from '../lib/detect/trigger-gate';
import type { PageText } from '../lib/page-text';
import { CHROME_BUILD, CHROMIUM } from '../tests/e2e/harness';
import { measurePages, measureProbe, METHOD, RUNS, type Row } from './bench/chromium';
import { measureFirefox } from './bench/firefox';
import type { ProbeRow } from './bench/probe';
import {
  type BenchPage,
  KB,
  liveBlogPage,
  MB,
  nearMissArticles,
  nearMissPage,
  plainPage,
  storyPage,
} from './bench/pages';

const root = resolve(import.meta.dirname, '..');
const only = process.argv.find((a) => a === '--node' || a === '--chromium' || a === '--firefox');

const fmt = (n: number | undefined, d = 1) => (n === undefined ? '—' : n.toFixed(d));
/** Medians per extension script, largest first ("page.js 30.1, card.js 20.4 …"). */
const perScript = (by: Record<string, number>) =>
  Object.entries(by)
    .sort((a, b) => b[1] - a[1])
    .map(([name, ms]) => `${name} ${fmt(ms)}`)
    .join(', ') || '—';
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** The pages the timer probe loads, in both browsers. */
const probePages = () => [
  plainPage(1 * MB),
  nearMissPage(30 * KB),
  nearMissPage(1 * MB),
  nearMissPage(5 * MB),
  storyPage(),
];

function printProbe(rows: ProbeRow<BenchPage>[]): void {
  console.log(
    'page                                      longest ms (with / without)  over 50 ms (with / without)  card',
  );
  for (const r of rows) {
    console.log(
      `${r.page.label.padEnd(42)}${`${fmt(r.longest[0])} / ${fmt(r.longest[1])}`.padStart(24)}` +
        `${`${fmt(r.blocked[0])} / ${fmt(r.blocked[1])}`.padStart(29)}  ${r.cardMs === null ? '—' : `${fmt(r.cardMs, 0)} ms`}`,
    );
  }
}

async function chromiumPart(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json')) || !existsSync(CHROMIUM)) {
    console.log('(Chromium part skipped: run `npm run build`; needs /usr/bin/chromium.)');
    return;
  }
  const posts = 30;
  const pages = [
    plainPage(30 * KB),
    plainPage(1 * MB),
    plainPage(5 * MB),
    nearMissPage(30 * KB),
    nearMissPage(1 * MB),
    nearMissPage(5 * MB),
    ...nearMissArticles(),
    storyPage(),
    liveBlogPage(1 * MB, posts, Number(process.env.BENCH_POST_MS ?? 1000)),
  ];
  const wanted = process.env.BENCH_PAGES?.split(',');
  if (wanted) {
    // A quick look at some pages only (ids: plain-30KB, near-1MB, story-30KB, live-1MB…).
    const rows = await measurePages(
      pages.filter((p) => wanted.includes(p.id)),
      (p) => !p.posts,
    );
    for (const r of rows) {
      const ratio = r.reference ? (r.ours.totalMs / r.reference.totalMs).toFixed(2) : '—';
      console.log(
        `${r.page.label.padEnd(42)} ${fmt(r.ours.totalMs)} ms vs ${fmt(r.reference?.totalMs)} ms (${ratio}×), longest ${fmt(r.ours.longestMs)} ms${r.ours.cardMs !== undefined ? `, card at ${fmt(r.ours.cardMs, 0)} ms` : ''}${r.ours.updatesMs !== undefined ? `, first ${fmt(r.ours.firstCheckMs)} / updates ${fmt(r.ours.updatesMs)} ms` : ''}`,
      );
      console.log(`  per script: ${perScript(r.ours.byScript)}`);
    }
    return;
  }
  console.log(
    `Real Chromium: main-thread time of the extension's scripts (${METHOD === 'events' ? 'trace events only, no CPU profiler' : 'trace events and CPU-profile samples'}), median of ${RUNS} loads per page\n` +
      '(live blog: 3), against a reference content script measured in the same run (reads\n' +
      'document.body.textContent, tests one four-word regex, sends a message on a hit).\n',
  );
  const rows = await measurePages(pages, (p) => !p.posts);
  const byId = new Map(rows.map((r) => [r.page.id, r]));
  const head =
    'page                                      Factline ms  reference ms  ratio  longest task ms  budget';
  console.log(head);
  console.log('-'.repeat(head.length));
  const line = (r: Row, budget: string) => {
    const ratio = r.reference ? r.ours.totalMs / Math.max(r.reference.totalMs, 0.05) : undefined;
    console.log(
      `${r.page.label.padEnd(42)}${fmt(r.ours.totalMs).padStart(11)}${fmt(r.reference?.totalMs).padStart(14)}` +
        `${(ratio === undefined ? '—' : `${ratio.toFixed(2)}×`).padStart(7)}${fmt(r.ours.longestMs).padStart(17)}  ${budget}`,
    );
    return ratio;
  };
  const results: string[] = [];
  for (const id of ['plain-30KB', 'plain-1MB', 'plain-5MB']) {
    const r = byId.get(id)!;
    const ratio = line(r, '≤ 1.5×');
    results.push(`1. ${r.page.label}: ${fmt(ratio, 2)}× — ${verdict((ratio ?? 99) <= 1.5)}`);
  }
  for (const id of [
    'near-30KB',
    'near-1MB',
    'near-5MB',
    'near-article-screened',
    'near-article-kremlin',
  ]) {
    const r = byId.get(id)!;
    const ratio = line(r, '≤ 2×');
    results.push(`2. ${r.page.label}: ${fmt(ratio, 2)}× — ${verdict((ratio ?? 99) <= 2)}`);
  }
  const story = byId.get('story-30KB')!;
  line(story, '≤ 40 ms total');
  const live = byId.get('live-1MB')!;
  line(live, 'updates < first check');
  const longest = Math.max(...rows.map((r) => r.ours.longestMs));
  const triggerBytes = statSync(join(CHROME_BUILD, 'trigger.js')).size;
  console.log('');
  console.log(
    `story article: card painted ${fmt(story.ours.cardMs, 0)} ms after the load event; ` +
      `Factline's total ${fmt(story.ours.totalMs)} ms (per script: ${perScript(story.ours.byScript)})`,
  );
  console.log(
    `live blog (${posts} posts): first check ${fmt(live.ours.firstCheckMs)} ms, ` +
      `the ${posts} re-checks together ${fmt(live.ours.updatesMs)} ms`,
  );
  console.log(`JavaScript run on every page (trigger.js): ${(triggerBytes / 1024).toFixed(1)} KB`);
  // what each page cost, by script: whether the page side (page.js) ran is measured, not assumed
  for (const r of rows) console.log(`  ${r.page.label}: ${perScript(r.ours.byScript)}`);
  results.push(
    `3. longest single task on any page: ${fmt(longest)} ms — ${verdict(longest <= 50)}`,
  );
  results.push(
    `4. JavaScript on every page: ${(triggerBytes / 1024).toFixed(1)} KB — ${verdict(triggerBytes <= 25 * 1024)}`,
  );
  results.push(
    `5. story article: ${fmt(story.ours.totalMs)} ms total, card at ${fmt(story.ours.cardMs, 0)} ms — ` +
      verdict(story.ours.totalMs <= 40 && (story.ours.cardMs ?? 1e9) <= 300),
  );
  results.push(
    `6. live blog: re-checks ${fmt(live.ours.updatesMs)} ms vs first check ${fmt(live.ours.firstCheckMs)} ms — ` +
      verdict((live.ours.updatesMs ?? 1e9) < (live.ours.firstCheckMs ?? 0)),
  );
  const probe = await measureProbe(probePages(), Math.min(RUNS, 5));
  console.log(
    "\nThe same in the page's own view: a timer probe in the page (scripts/bench/probe.ts),\n" +
      "untraced, with Factline and with no extension at all, medians; how long the page's own\n" +
      'zero-delay timer was held up in the 3 s after load:\n',
  );
  printProbe(probe);
  const held = Math.max(...probe.map((r) => r.longest[0]));
  results.push(
    `3. (page's view) longest hold-up of the page's own timer: ${fmt(held)} ms — ${verdict(held <= 50)}`,
  );
  console.log('\nBudgets (README "Budgets"):');
  for (const r of results) console.log(`  ${r}`);
}

function nodePart(): void {
  const stories = loadPackDir(join(root, 'data/stories'));
  const time = (fn: () => unknown, minRuns = 5): number => {
    const samples: number[] = [];
    const deadline = performance.now() + 200;
    while (samples.length < minRuns || (performance.now() < deadline && samples.length < 300)) {
      const t0 = performance.now();
      fn();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples[samples.length >> 1]!;
  };
  let sink = 0;
  const scan = (text: string) => () => {
    sink += text.toLowerCase().includes('novgorod') ? 1 : 0;
  };
  const page = (html: string): PageText => ({
    blocks: html
      .replace(/<[^>]+>/g, '\n')
      .split(/\n+/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text, kind: 'other' as const })),
  });
  const near = page(nearMissPage(1 * MB).html);
  let chars = 0;
  near.blocks = near.blocks.filter((b) => (chars += b.text.length) <= 100_000);
  const nearText = near.blocks.map((b) => b.text).join('\n');
  const story = page(storyPage().html);
  const storyText = story.blocks.map((b) => b.text).join('\n');
  const prepared = stories.map((s) => ({
    ...s,
    trigger: triggerSource(s.detection),
    words: termWords(s.detection),
  }));
  const cold = () => compile(prepared, { everyTerm: true }).detect(story);
  const warm = compile(prepared, { everyTerm: true });
  warm.detect(story);
  const rows: Array<[string, number, number]> = [
    [
      'cold background: rules + automaton + first detect (30 KB story)',
      time(cold, 3),
      time(scan(storyText)),
    ],
    ['detect, 30 KB story page (warm)', time(() => warm.detect(story)), time(scan(storyText))],
    [
      'detect, 100k characters of near-miss text (warm)',
      time(() => warm.detect(near), 3),
      time(scan(nearText), 3),
    ],
  ];
  console.log(
    '\nIn Node: the background detector, against one toLowerCase().includes() scan of the same text.\n',
  );
  passRates(stories, page);
  console.log('ratio to baseline   case (absolute ms, for context)');
  for (const [name, t, b] of rows) {
    console.log(`${(t / b).toFixed(0).padStart(8)}×          ${name} (${t.toFixed(1)} ms)`);
  }
  if (sink < 0) console.log(sink);
}

/**
 * How often the always-on gate lets a page's text go to the background (the page pays for
 * sending it), and how often the pre-filter there lets it through to the screen (a page
 * that also passes the screen pays for extraction): ordinary pages full of look-alike words
 * must not pass the pre-filter (the gate lets through those that say "president"); the own
 * corpus's look-alike pages mostly pass (they name Putin or Valdai), its story pages all must.
 */
function passRates(
  stories: ReturnType<typeof loadPackDir>,
  page: (html: string) => PageText,
): void {
  const detector = compile(stories);
  const dir = (d: string) => join(root, 'tests/fixtures', d);
  const ordinary = readdirSync(dir('ordinary')).map((f) =>
    readFileSync(join(dir('ordinary'), f), 'utf8'),
  );
  const corpus = readdirSync(dir('corpus'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir('corpus'), d.name)).map((f) => ({
        expect: f.split('-')[0]!,
        text: page(readFileSync(join(dir('corpus'), d.name, f), 'utf8'))
          .blocks.map((b) => b.text)
          .join('\n'),
      })),
    );
  const gates = stories.map((p) => gateFrom(gateSource(triggerSource(p.detection))));
  const rate = (texts: string[]) =>
    `gate ${texts.filter((t) => gates.some((g) => g(t))).length}, ` +
    `pre-filter ${texts.filter((t) => detector.mayMatch(t)).length} of ${texts.length}`;
  const of = (kind: string) => corpus.filter((c) => c.expect === kind).map((c) => c.text);
  console.log(
    'gate and pre-filter passes (the gate sends the text to the background; a page the\n' +
      'pre-filter and the screen let through is extracted for detection):',
  );
  console.log(
    `  plain bench page: ${rate([
      page(plainPage(30 * KB).html)
        .blocks.map((b) => b.text)
        .join('\n'),
    ])}`,
  );
  console.log(
    `  ordinary pages with look-alike words (tests/fixtures/ordinary): ${rate(ordinary)}`,
  );
  console.log(`  own corpus, look-alike pages (name Putin, Valdai…): ${rate(of('none'))}`);
  console.log(`  own corpus, passing mentions: ${rate(of('passing'))}`);
  console.log(`  own corpus, story pages: ${rate(of('primary'))}\n`);
}

async function firefoxPart(): Promise<void> {
  if (
    !existsSync(join(root, '.output/firefox-mv2/manifest.json')) ||
    !existsSync('/usr/bin/firefox-esr')
  ) {
    console.log(
      '\n(Firefox part skipped: run `npm run build:firefox`; needs /usr/bin/firefox-esr.)',
    );
    return;
  }
  const rows = await measureFirefox(probePages(), Math.min(RUNS, 5));
  console.log(
    '\nFirefox (MV2 background page): no trace of extension scripts is reachable, so a timer\n' +
      'probe in the page measures how long its main thread was held up in the 3 s after load\n' +
      '(longest delay; time over 50 ms summed), with and without Factline, medians.\n',
  );
  printProbe(rows);
}

if (!only || only === '--chromium') await chromiumPart();
if (!only || only === '--firefox') await firefoxPart();
if (!only || only === '--node') nodePart();
