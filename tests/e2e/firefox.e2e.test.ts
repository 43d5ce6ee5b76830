/**
 * The Firefox build in real Firefox: Debian's firefox-esr driven by puppeteer-core
 * over WebDriver BiDi, the extension installed as a temporary add-on. Also lints
 * the build with web-ext (0 errors; the known warnings are explained in README).
 * Run `npm run build:firefox` first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { ROOT, screenshotPath } from './harness';

const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Warnings web-ext reports for code we ship on purpose (README.md#firefox). */
const KNOWN_WARNINGS = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);

describe('Firefox build', () => {
  it('exists (run `npm run build:firefox`)', () => {
    expect(existsSync(join(FIREFOX_BUILD, 'manifest.json'))).toBe(true);
  });

  it('lints with web-ext: 0 errors, only the explained warnings', () => {
    const res = spawnSync('npx', ['web-ext', 'lint', '-s', FIREFOX_BUILD, '-o', 'json'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const report = JSON.parse(res.stdout) as {
      errors: unknown[];
      warnings: { code: string; file?: string }[];
    };
    expect(report.errors).toEqual([]);
    expect(report.warnings.filter((w) => !KNOWN_WARNINGS.has(w.code))).toEqual([]);
  });
});

describe('Factline in real Firefox', () => {
  let server: FixtureServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1280, height: 800 },
    });
    await browser.installExtension(FIREFOX_BUILD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a page and waits (bounded) for the detector and the card. */
  async function open(path: string): Promise<Page> {
    // The background registers the detector when it starts: retry the first load until it runs.
    const page = await browser.newPage();
    for (let attempt = 0; attempt < 5; attempt++) {
      await page.goto(server.origin + path);
      const found = await page
        .waitForSelector('factline-card', { timeout: 4000 })
        .then(() => true)
        .catch(() => false);
      if (found || !path.includes('primary')) break;
    }
    return page;
  }

  const cardLabel = (page: Page) =>
    page.evaluate(() => {
      const root = document.querySelector('factline-card')?.shadowRoot;
      return root?.querySelector('[role="complementary"]')?.getAttribute('aria-label') ?? null;
    });

  it('shows the card on an article about the claim', async () => {
    const page = await open('/corpus/en/primary-lavrov-announces-drone-claim.html');
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('factline-card')
          ?.shadowRoot?.querySelector('[role="complementary"]'),
      { timeout: 10_000 },
    );
    expect(await cardLabel(page)).toMatch(/^Factline: context on Russia's claim/);
    await page.screenshot({ path: screenshotPath('firefox-article') });
    await page.close();
  });

  it('shows nothing on a look-alike', async () => {
    const page = await open('/corpus/en/none-kremlin-drone-incident-2023.html');
    await new Promise((r) => setTimeout(r, 2500));
    expect(await page.$('factline-card')).toBeNull();
    await page.close();
  });
});
