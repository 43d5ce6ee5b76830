/**
 * What Firefox can show of the cost (no trace of extension scripts is reachable there
 * over WebDriver BiDi): the page's own view of its main thread, the timer probe of
 * ./probe.ts, with and without Factline installed in the same Firefox.
 * Also: when the card appears on the story page.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ROOT } from '../../tests/e2e/harness';
import type { BenchPage } from './pages';
import {
  PROBE,
  PROBE_WAIT_MS,
  probeRow,
  readProbe,
  type ProbeReading,
  type ProbeRow,
} from './probe';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, '.output/firefox-mv2');

export type FirefoxRow = ProbeRow<BenchPage>;

async function run(browser: Browser, origin: string, p: BenchPage, runs: number) {
  const out: ProbeReading[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`${origin}/${p.id}.html`, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, PROBE_WAIT_MS));
    out.push(await page.evaluate(readProbe));
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
      rows.push(probeRow(p, withUs, without));
      process.stderr.write(`  measured ${p.label} in Firefox\n`);
    }
  } finally {
    await plain.close();
    await ours.close();
    server.close();
  }
  return rows;
}
