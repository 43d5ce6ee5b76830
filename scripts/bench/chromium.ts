/**
 * The extension's cost to pages in real Chromium, against a REFERENCE extension measured
 * in the same run: a content script that reads document.body.textContent, tests one
 * four-word regular expression and, on a hit, sends one message — the simplest content
 * script that could do this job. Each page is loaded RUNS times per extension (fresh tab,
 * browser already running); each load is traced, and the extension's main-thread time is
 * read from the trace (scripts/bench/trace.ts). Figures are medians.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM } from '../../tests/e2e/harness';
import { extensionCost, markTs, TRACE_CATEGORIES, type TraceEvent } from './trace';
import type { BenchPage } from './pages';
import {
  PROBE,
  PROBE_WAIT_MS,
  probeRow,
  readProbe,
  type ProbeReading,
  type ProbeRow,
} from './probe';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * How extension time is read from the trace. `profile` (default): trace events that name an
 * extension script, united with CPU-profile samples under an extension frame (catches
 * promise continuations and observer callbacks, which carry no script URL; the sampling
 * profiler slows every script down a little, and a script of many small functions more).
 * `events` (BENCH_METHOD=events): trace events only, no profiler — the issue's own method;
 * it misses what runs without a script URL, so it can only read lower.
 */
export const METHOD: 'profile' | 'events' =
  process.env.BENCH_METHOD === 'events' ? 'events' : 'profile';
const CATEGORIES =
  METHOD === 'events'
    ? TRACE_CATEGORIES.filter((c) => c !== 'disabled-by-default-v8.cpu_profiler')
    : TRACE_CATEGORIES;

/** The reference extension (MV3, no background): written to a temporary folder. */
function referenceExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factline-reference-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'reference',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*'], js: ['c.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(
    join(dir, 'c.js'),
    'if (/putin|novgorod|valdai|drone/i.test(document.body.textContent)) chrome.runtime.sendMessage({ hit: true }).catch(() => {});\n',
  );
  return dir;
}

interface Served {
  origin: string;
  close(): Promise<void>;
}

async function serve(pages: readonly BenchPage[]): Promise<Served> {
  const byPath = new Map(pages.map((p) => [`/${p.id}.html`, p.html]));
  const server: Server = createServer((req, res) => {
    const body = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) res.writeHead(404).end();
    else
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A fresh profile with `extension` loaded (none when null). */
async function launch(
  extension: string | null,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'factline-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(extension
        ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`]
        : []),
    ],
  });
  if (extension === CHROME_BUILD) {
    // Factline registers its trigger script when its service worker starts.
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
  await new Promise((r) => setTimeout(r, 500));
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records (in the page's own world) when the card's host element appears and is painted. */
const CARD_WATCH = `(() => {
  const seen = () => {
    if (window.__cardAt || !document.querySelector('factline-card')) return;
    window.__cardAt = performance.now();
    requestAnimationFrame(() => setTimeout(() => { window.__cardPaintedAt = performance.now(); }, 0));
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
})();`;

export interface LoadResult {
  totalMs: number;
  longestMs: number;
  /** Story page: card painted, ms after the load event. */
  cardMs?: number;
  /** Live blog: extension time before the first post / after it. */
  firstCheckMs?: number;
  updatesMs?: number;
  /** Extension ms per script file (trigger.js, page.js, card.js…). */
  byScript: Record<string, number>;
}

async function traced(page: Page, run: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  await run();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach().catch(() => undefined);
  return events;
}

async function loadOnce(context: BrowserContext, url: string, p: BenchPage): Promise<LoadResult> {
  const page = await context.newPage();
  const story = p.id.startsWith('story');
  if (story) await page.addInitScript(CARD_WATCH);
  let timing: { load: number; card?: number; firstPost?: number } = { load: 0 };
  const events = await traced(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (p.posts) {
      await page.waitForFunction(
        (n) => (window as unknown as { __benchPosts?: number }).__benchPosts === n,
        p.posts,
        {
          timeout: 120_000,
          polling: 1000,
        },
      );
      await page.waitForTimeout(2500); // the last re-check
    } else {
      await page.waitForTimeout(story ? 2000 : 1500);
    }
    timing = await page.evaluate(() => {
      const w = window as unknown as { __cardPaintedAt?: number };
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { load: nav.loadEventStart, card: w.__cardPaintedAt };
    });
  });
  await page.close();
  const cost = extensionCost(events, url);
  const result: LoadResult = {
    totalMs: cost.totalMs,
    longestMs: cost.longestMs,
    byScript: cost.byScript,
  };
  if (story && timing.card !== undefined) result.cardMs = timing.card - timing.load;
  if (p.posts) {
    // The page's first post comes `interval` after load; everything before it is the first check.
    const firstPost = markTs(events, 'bench-first-post');
    if (firstPost !== undefined) {
      result.firstCheckMs = cost.windowMs(0, firstPost);
      result.updatesMs = cost.windowMs(firstPost);
    }
  }
  return result;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : NaN;
};

export interface Row {
  page: BenchPage;
  ours: LoadResult;
  reference: LoadResult | null;
}

function summarise(results: LoadResult[]): LoadResult {
  const pick = (k: keyof LoadResult) => {
    const xs = results.map((r) => r[k]).filter((x): x is number => typeof x === 'number');
    return xs.length ? median(xs) : undefined;
  };
  const scripts = new Set(results.flatMap((r) => Object.keys(r.byScript)));
  const byScript: Record<string, number> = {};
  for (const name of scripts) byScript[name] = median(results.map((r) => r.byScript[name] ?? 0));
  const out: LoadResult = { totalMs: pick('totalMs')!, longestMs: pick('longestMs')!, byScript };
  for (const k of ['cardMs', 'firstCheckMs', 'updatesMs'] as const) {
    const v = pick(k);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Loads every page RUNS times with the reference and with Factline (alternating browsers per page). */
export async function measurePages(
  pages: readonly BenchPage[],
  withReference: (p: BenchPage) => boolean,
): Promise<Row[]> {
  const served = await serve(pages);
  const refDir = referenceExtension();
  const ref = await launch(refDir);
  const ours = await launch(CHROME_BUILD);
  const rows: Row[] = [];
  try {
    for (const p of pages) {
      const url = `${served.origin}/${p.id}.html`;
      const mine: LoadResult[] = [];
      const theirs: LoadResult[] = [];
      const runs = p.posts ? Math.max(1, Math.min(RUNS, 3)) : RUNS;
      for (let i = 0; i < runs; i++) {
        if (withReference(p)) theirs.push(await loadOnce(ref.context, url, p));
        mine.push(await loadOnce(ours.context, url, p));
      }
      rows.push({
        page: p,
        ours: summarise(mine),
        reference: theirs.length ? summarise(theirs) : null,
      });
      process.stderr.write(`  measured ${p.label}\n`);
    }
  } finally {
    await ref.close();
    await ours.close();
    await served.close();
    rmSync(refDir, { recursive: true, force: true });
  }
  return rows;
}

/**
 * The page's own view (./probe.ts): how long its zero-delay timer was held up in the 3 s
 * after load, with Factline and with no extension at all, loads alternating, untraced.
 */
export async function measureProbe(
  pages: readonly BenchPage[],
  runs: number,
): Promise<ProbeRow<BenchPage>[]> {
  const served = await serve(pages);
  const bare = await launch(null);
  const ours = await launch(CHROME_BUILD);
  const once = async (context: BrowserContext, p: BenchPage): Promise<ProbeReading> => {
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(`${served.origin}/${p.id}.html`, { waitUntil: 'load' });
    await page.waitForTimeout(PROBE_WAIT_MS);
    const reading = await page.evaluate(readProbe);
    await page.close();
    return reading;
  };
  const rows: ProbeRow<BenchPage>[] = [];
  try {
    for (const p of pages) {
      const withUs: ProbeReading[] = [];
      const without: ProbeReading[] = [];
      for (let i = 0; i < runs; i++) {
        without.push(await once(bare.context, p));
        withUs.push(await once(ours.context, p));
      }
      rows.push(probeRow(p, withUs, without));
      process.stderr.write(`  probed ${p.label}\n`);
    }
  } finally {
    await bare.close();
    await ours.close();
    await served.close();
  }
  return rows;
}
