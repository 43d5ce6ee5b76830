/**
 * What Firefox can show of the cost (no trace of extension scripts is reachable there
 * over WebDriver BiDi): the page's own view of its main thread. A probe in the page
 * runs a zero-delay timer loop from the load event for 3 s; a timer that fires late was
 * held up by a task — on these script-free pages, the extension's or the browser's. The
 * same pages are loaded in the same Firefox with and without Factline installed.
 * Also: when the card appears on the story page.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from '../../tests/e2e/harness';
import type { BenchPage } from './pages';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');

/** Installed in every page before its own scripts. */
const PROBE = `(() => {
  const w = window;
  w.__probe = { longest: 0, blocked: 0, card: null };
  addEventListener('load', () => {
    const t0 = performance.now();
    let last = t0;
    const tick = () => {
      const now = performance.now();
      const late = now - last;
      if (late > w.__probe.longest) w.__probe.longest = late;
      if (late > 50) w.__probe.blocked += late - 50;
      last = now;
      if (now - t0 < 3000) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const seen = () => {
      if (w.__probe.card === null && document.querySelector('factline-card'))
        w.__probe.card = performance.now() - t0;
    };
    new MutationObserver(seen).observe(document.documentElement, { childList: true, subtree: true });
  });
})();`;

export interface FirefoxRow {
  page: BenchPage;
  /** Longest delay of the probe's timer, ms (median over loads): with / without Factline. */
  longest: [number, number];
  /** Time over 50 ms summed (total blocking), ms: with / without. */
  blocked: [number, number];
  /** Card seen after the load event, ms (story page). */
  cardMs: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

async function run(browser: Browser, origin: string, p: BenchPage, runs: number) {
  const out: { longest: number; blocked: number; card: number | null }[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`${origin}/${p.id}.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 3500));
    out.push(
      await page.evaluate(
        () =>
          (
            window as unknown as {
              __probe: { longest: number; blocked: number; card: number | null };
            }
          ).__probe,
      ),
    );
    await page.close();
  }
  return out;
}

export async function measureFirefox(
  pages: readonly BenchPage[],
  runs: number,
): Promise<FirefoxRow[]> {
  const byPath = new Map(pages.map((p) => [`/${p.id}.html`, p.html]));
  const server = createServer((req, res) => {
    const body = byPath.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (body === undefined) res.writeHead(404).end();
    else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const launch = () =>
    puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const plain = await launch();
  const ours = await launch();
  await ours.installExtension(BUILD);
  await new Promise((r) => setTimeout(r, 1500));
  const rows: FirefoxRow[] = [];
  try {
    for (const p of pages) {
      const without = await run(plain, origin, p, runs);
      const withUs = await run(ours, origin, p, runs);
      const cards = withUs.map((r) => r.card).filter((c): c is number => c !== null);
      rows.push({
        page: p,
        longest: [median(withUs.map((r) => r.longest)), median(without.map((r) => r.longest))],
        blocked: [median(withUs.map((r) => r.blocked)), median(without.map((r) => r.blocked))],
        cardMs: cards.length ? median(cards) : null,
      });
      process.stderr.write(`  measured ${p.label} in Firefox\n`);
    }
  } finally {
    await plain.close();
    await ours.close();
    server.close();
  }
  return rows;
}
