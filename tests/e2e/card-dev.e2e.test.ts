/**
 * The card in real Chromium with the built extension (run `npm run build` first),
 * on pages made at run time from a repo fixture (own words) plus a page stylesheet:
 * a styled article with a free right margin, the same at phone width, a page that
 * restyles everything with !important, and a related-links mention. Writes
 * screenshots/card-*.png. A developer check of the card; issue 4's final e2e
 * tests live beside it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackDir } from '../../data/load-packs';
import { ROOT, screenshotPath, type Launched } from './harness';
import { launchWithDetector, readerView, squash } from './helpers';

const pack = loadPackDir(join(ROOT, 'data/stories')).find(
  (p) => p.id === 'novgorod-residence-claim',
)!;
const fixture = (name: string) =>
  readFileSync(join(ROOT, 'tests/fixtures/corpus/en', name), 'utf8');
const withStyle = (html: string, css: string) =>
  html.replace('</head>', `<style>${css}</style></head>`);

const ARTICLE = fixture('primary-lavrov-announces-drone-claim.html');
const STYLED = `
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
  .site-header { position: sticky; top: 0; z-index: 50; display: flex; gap: 24px; align-items: center;
    height: 40px; padding: 12px 24px; background: #0b2545; color: #fff; }
  .site-header a { color: #fff; }
  .main-nav ul { display: flex; gap: 16px; margin: 0; padding: 0; list-style: none; }
  .cookie-banner { display: none; }
  .article { max-width: 680px; margin: 0 0 0 120px; padding: 0 24px; }`;
const PAGES: Record<string, string> = {
  '/styled.html': withStyle(ARTICLE, STYLED),
  '/hostile.html': withStyle(
    ARTICLE,
    readFileSync(join(ROOT, 'tests/fixtures/pages/hostile.css'), 'utf8'),
  ),
  '/passing.html': withStyle(fixture('passing-related-links-new-year-address.html'), STYLED),
};

// The service worker's `chrome`: these calls are evaluated there, not in Node.
declare const chrome: {
  scripting: {
    getRegisteredContentScripts(): Promise<unknown[]>;
    executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown>;
  };
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = PAGES[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function open(b: Launched, path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(origin + path);
  await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

const card = (page: Page) => page.getByRole('complementary', { name: /^Factline: context on / });
const hasHighlights = (page: Page) =>
  page.evaluate(() =>
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('factline-passage'),
  );

describe('card on a wide page with a free margin (1280 × 800)', () => {
  let b: Launched;
  let page: Page;
  beforeAll(async () => {
    b = await launchWithDetector({ viewport: { width: 1280, height: 800 } });
    page = await open(b, '/styled.html');
    await card(page).waitFor();
  });
  afterAll(() => b?.close());

  it('sits beside the text column, below the sticky header, and takes no space in the page', async () => {
    const [box, text, header] = await Promise.all([
      card(page).boundingBox(),
      page.locator('.article-body').boundingBox(),
      page.locator('.site-header').boundingBox(),
    ]);
    expect(box!.x).toBeGreaterThanOrEqual(text!.x + text!.width);
    expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    const host = await page.locator('factline-card').evaluate((el) => {
      const s = getComputedStyle(el);
      return [s.position, s.width, s.height, el.parentElement?.tagName];
    });
    expect(host).toEqual(['fixed', '0px', '0px', 'HTML']);
    expect(await hasHighlights(page)).toBe(true);
    await page.screenshot({ path: screenshotPath('card-1280') });
  });

  it('is compact first, then expands to the key dates and every party’s position history', async () => {
    expect(await card(page).getByRole('table').count()).toBe(0);
    const toggle = card(page).getByRole('button', { name: 'Show the timeline and positions' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    const view = readerView(pack, 'en');
    const dates = card(page).locator('.fl-timeline .fl-tl-entry__date');
    expect((await dates.allInnerTexts()).map(squash)).toEqual(view.keyDates);
    for (const p of view.positions) {
      const table = card(page).getByRole('table', {
        name: new RegExp(`^${p.question.replace(/[?.()]/g, '\\$&')}`),
      });
      const row = table.getByRole('row', { name: new RegExp(`^${p.party}\\b`) });
      expect(await row.count()).toBe(1);
      // one button per dated step; the latest statement (or why there is none) under them
      expect(await row.getByRole('button').count()).toBe(p.steps);
      if (p.text) expect(squash(await row.innerText())).toContain(squash(p.text));
    }
    await card(page)
      .getByRole('button', { name: /^Show all \d+ entries$/ })
      .click();
    expect((await dates.allInnerTexts()).map(squash)).toEqual(view.allDates);
    await page.screenshot({ path: screenshotPath('card-1280-expanded') });
  });

  it('keeps the live card (expanded, focused) when the background runs the card script again', async () => {
    const toggle = card(page).getByRole('button', { name: 'Show less' });
    await toggle.focus();
    await b.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        files: ['/card.js'],
      });
    });
    // A hostile page forges the lifecycle events a WXT content script listens for
    // (any name it could guess, with our id and the card's name) and posts messages.
    await page.evaluate((id) => {
      for (const name of [
        `${id}:card:wxt:content-script-started`,
        `${id}:card.content:wxt:content-script-started`,
        'wxt:content-script-started',
      ]) {
        const detail = { contentScriptName: 'card', messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.dispatchEvent(new CustomEvent(name, { detail }));
        window.postMessage({ type: name, ...detail }, '*');
      }
    }, b.extensionId);
    await page.waitForTimeout(300);
    expect(await page.locator('factline-card').count()).toBe(1);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      await toggle.evaluate(
        (el) =>
          el.getRootNode() instanceof ShadowRoot &&
          (el.getRootNode() as ShadowRoot).activeElement === el,
      ),
    ).toBe(true);
  });

  it('Esc folds it, then dismisses it; the page layout does not move; highlights go', async () => {
    const before = await page.locator('.article-body').boundingBox();
    await card(page).getByRole('button', { name: 'Show less' }).focus();
    await page.keyboard.press('Escape');
    expect(
      await card(page)
        .getByRole('button', { name: 'Show the timeline and positions' })
        .getAttribute('aria-expanded'),
    ).toBe('false');
    await page.keyboard.press('Escape');
    await page.locator('factline-card').waitFor({ state: 'detached' });
    expect(await page.locator('.article-body').boundingBox()).toEqual(before);
    expect(await hasHighlights(page)).toBe(false);
  });
});

describe('card at phone width (390 × 844)', () => {
  let b: Launched;
  afterAll(() => b?.close());

  it('starts as a pill and opens as a bottom sheet', async () => {
    b = await launchWithDetector({ viewport: { width: 390, height: 844 } });
    const page = await open(b, '/styled.html');
    const pill = page.getByRole('button', { name: 'Factline Context on this claim' });
    await pill.waitFor();
    const pillBox = (await pill.boundingBox())!;
    expect(pillBox.y + pillBox.height).toBeLessThanOrEqual(844);
    await page.screenshot({ path: screenshotPath('card-390-pill') });
    await pill.click();
    const sheet = (await card(page).boundingBox())!;
    expect(sheet.x).toBe(0);
    expect(sheet.width).toBe(390);
    expect(Math.round(sheet.y + sheet.height)).toBe(844);
    await page.screenshot({ path: screenshotPath('card-390-sheet') });
  });
});

describe('hostile page CSS and a passing mention (1280 × 800)', () => {
  let b: Launched;
  beforeAll(async () => {
    b = await launchWithDetector({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(() => b?.close());

  it('keeps its own look on a page that restyles *, div, aside and button with !important', async () => {
    const page = await open(b, '/hostile.html');
    const pill = page.getByRole('button', { name: 'Factline Context on this claim' });
    await pill.click();
    const style = await card(page).evaluate((el) => {
      const s = getComputedStyle(el);
      return { font: s.fontFamily, size: s.fontSize, color: s.color, display: s.display };
    });
    expect(style.font).not.toMatch(/Comic/);
    expect(style.size).toBe('14px');
    expect(style.color).not.toBe('rgb(204, 0, 0)');
    expect(style.display).toBe('flex');
    await page.screenshot({ path: screenshotPath('card-hostile') });
  });

  it('shows only a pill for a related-links mention', async () => {
    const page = await open(b, '/passing.html');
    await page.getByRole('button', { name: 'Factline Context on this claim' }).waitFor();
    expect(await page.getByRole('heading', { name: pack.title.en }).count()).toBe(0);
  });

  it('"Don’t show on this site" stores the site and removes the card', async () => {
    const page = await open(b, '/styled.html');
    await card(page).getByRole('button', { name: 'Don’t show on this site' }).click();
    await page.locator('factline-card').waitFor({ state: 'detached' });
    const stored = await b.serviceWorker.evaluate(() => chrome.storage.local.get('disabledSites'));
    expect(stored.disabledSites).toContain('127.0.0.1');
  });
});
