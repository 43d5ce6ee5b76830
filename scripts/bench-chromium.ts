/**
 * Content-script cost in real Chromium, as RATIOS to a baseline measured in the same
 * run: a one-line content script that reads `document.body.textContent` and tests
 * one regex (the cheapest useful detector). Each page is loaded many times in each
 * browser; the figure is the median main-thread script time (CDP Performance
 * metric ScriptDuration) minus the same page's median with no extension at all.
 * Run by `npm run bench` after the Node benchmarks when the build and Chromium exist.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startFixtureServer } from './fixture-server';
import { CHROME_BUILD, CHROMIUM } from '../tests/e2e/harness';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const PAGES: [string, string][] = [
  ['30 KB page without the story', '/pages/bench-no-story.html'],
  [
    'article about the claim (card injected)',
    '/corpus/en/primary-lavrov-announces-drone-claim.html',
  ],
];

/** A minimal MV3 extension: the baseline content script. */
function baselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factline-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'baseline',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*'], js: ['c.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'c.js'), '/novgorod|valdai/i.test(document.body.textContent);');
  return dir;
}

const profiles: string[] = [];

async function launch(extension: string | null): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'factline-bench-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
  if (extension)
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
  });
  profiles.push(profile);
  if (extension === CHROME_BUILD) {
    // Factline registers its detector when the service worker starts.
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (let i = 0; i < 100; i++) {
      const n = await sw.evaluate(
        async () =>
          (
            await (
              globalThis as unknown as {
                chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
              }
            ).chrome.scripting.getRegisteredContentScripts()
          ).length,
      );
      if (n > 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return context;
}

/** Median ScriptDuration (ms) of loading `url` and letting idle-time scripts finish. */
async function scriptMs(context: BrowserContext, url: string): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1200); // document_idle, detector, and (story page) card
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    samples.push((metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000);
    await page.close();
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

export async function benchChromium(): Promise<void> {
  const server = await startFixtureServer();
  const baseDir = baselineExtension();
  const results = new Map<string, number[]>();
  try {
    for (const ext of [null, baseDir, CHROME_BUILD]) {
      const context = await launch(ext);
      const row: number[] = [];
      for (const [, path] of PAGES) row.push(await scriptMs(context, server.origin + path));
      results.set(ext ?? 'none', row);
      await context.close();
    }
  } finally {
    await server.close();
    for (const dir of [baseDir, ...profiles]) rmSync(dir, { recursive: true, force: true });
  }
  const none = results.get('none')!;
  const base = results.get(baseDir)!;
  const ours = results.get(CHROME_BUILD)!;
  console.log(
    `\nIn Chromium (median of ${RUNS} loads; main-thread script time added by the extension).` +
      '\nBaseline: a content script reading document.body.textContent and testing one regex.\n',
  );
  console.log('ratio to baseline   case');
  PAGES.forEach(([name], i) => {
    const b = Math.max(base[i]! - none[i]!, 0.05);
    const o = Math.max(ours[i]! - none[i]!, 0);
    console.log(`${(o / b).toFixed(1).padStart(8)}×          ${name}`);
  });
  console.log(
    `\n(absolute, for context only: baseline adds ${(base[0]! - none[0]!).toFixed(2)} ms, ` +
      `Factline ${(ours[0]! - none[0]!).toFixed(2)} ms on the page without the story, ` +
      `${(ours[1]! - none[1]!).toFixed(2)} ms on the article)`,
  );
}
