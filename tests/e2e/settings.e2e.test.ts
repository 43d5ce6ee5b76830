/**
 * Settings, end to end: real Chromium, the built extension, the fixture pages on
 * 127.0.0.1. The options page edits every setting and storage follows; the three
 * run modes change where the detector runs; display and highlights reach an open
 * card without a reload; the popup's section; settings survive a browser restart;
 * corrupt stored values leave every view working with defaults for what is broken.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { launchChromium, screenshotPath, type Launched } from './harness';
import { badgeText, eventually, launchWithDetector, layoutProblems, openPopupFor } from './helpers';

declare const chrome: typeof import('wxt/browser').browser; // in the service worker

const ARTICLE = '/corpus/en/primary-lavrov-announces-drone-claim.html';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const registered = (b: Launched) =>
  b.serviceWorker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.matches ?? []),
  );

const stored = (b: Launched) => b.serviceWorker.evaluate(() => chrome.storage.local.get(null));

const highlighted = (page: Page) =>
  page.evaluate(() =>
    (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('factline-passage'),
  );

async function openOptions(b: Launched, width = 1280): Promise<Page> {
  const page = await b.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.fl-settings').waitFor();
  return page;
}

async function openArticle(b: Launched): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(server.origin + ARTICLE);
  return page;
}

const group = (page: Page, name: string) => page.getByRole('group', { name });
/** The options page's groups, in order (found by position: the page may be in any language). */
const GROUPS = { run: 0, off: 1, display: 2, highlights: 3, lang: 4 };
const radio = (page: Page, where: keyof typeof GROUPS, value: string) =>
  page.locator('fieldset').nth(GROUPS[where]).locator(`input[type=radio][value="${value}"]`);
const sorted = (lists: string[][]) => lists.map((l) => [...l].sort());

describe('the options page', () => {
  let b: Launched;
  beforeAll(async () => {
    b = await launchWithDetector();
  });
  afterAll(() => b?.close());

  it('opens in a tab with the defaults, and every group is labelled', async () => {
    const manifest = await b.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
    const page = await openOptions(b);
    expect(await page.title()).toBe('Factline settings');
    for (const [name, value] of [
      ['Where Factline runs', 'auto'],
      ['What appears', 'card'],
      ['Interface language', 'auto'],
    ]) {
      expect(await group(page, name!).locator(`input[value="${value}"]`).isChecked()).toBe(true);
    }
    expect(
      await page
        .getByRole('switch', { name: 'Highlight the passages about the claim' })
        .isChecked(),
    ).toBe(true);
    expect(
      await group(page, 'Sites where Factline is off')
        .getByText(/^None\./)
        .count(),
    ).toBe(1);

    // Keyboard: arrow keys move the run-mode choice like any radio group.
    await radio(page, 'run', 'auto').focus();
    await page.keyboard.press('ArrowDown');
    expect(await radio(page, 'run', 'listed').isChecked()).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await eventually(async () => (await stored(b)).runMode, 'auto')).toBe('auto');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 400]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: screenshotPath(`options-${scheme}-${width}`),
          fullPage: true,
        });
      }
    }
    await page.close();
  });

  it('run modes: listed sites (junk refused, remove with undo), manual, auto; the detector follows', async () => {
    const page = await openOptions(b);
    await page.emulateMedia({ colorScheme: 'light' });
    const run = group(page, 'Where Factline runs');
    await run.getByRole('radio', { name: 'Only on sites I list' }).check();
    // Listed with no sites registers nothing.
    expect(await eventually(() => registered(b), [])).toEqual([]);

    const box = run.getByRole('textbox', { name: 'Add a site' });
    await box.fill('not a site');
    await box.press('Enter');
    await run.getByRole('alert').waitFor();
    expect(await box.getAttribute('aria-invalid')).toBe('true');

    await box.fill(`${server.origin}/some/article.html`);
    await box.press('Enter');
    await box.fill('https://www.Example.com/news');
    await run.getByRole('button', { name: 'Add' }).click();
    const list = run.getByRole('list', { name: 'Sites Factline runs on' });
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      '127.0.0.1Remove',
      'example.comRemove',
    ]);
    expect(
      await eventually(async () => (await stored(b)).allowedSites, ['127.0.0.1', 'example.com']),
    ).toEqual(['127.0.0.1', 'example.com']);
    const patterns = [
      '*://*.127.0.0.1/*',
      '*://*.example.com/*',
      '*://127.0.0.1/*',
      '*://example.com/*',
    ];
    expect(await eventually(async () => sorted(await registered(b)), [patterns])).toEqual([
      patterns,
    ]);

    // On a listed site, the detector runs.
    const listed = await openArticle(b);
    expect(await eventually(() => badgeText(b, listed), 'i')).toBe('i');
    await listed.close();

    // Remove 127.0.0.1 (undo shows), screenshot the editing state, undo, remove again.
    await list.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await run.getByRole('button', { name: 'Undo removing 127.0.0.1' }).waitFor();
    await box.fill('ftp://example.org');
    await box.press('Enter');
    await page.screenshot({ path: screenshotPath('options-editing-1280'), fullPage: true });
    await run.getByRole('button', { name: 'Undo removing 127.0.0.1' }).click();
    expect(await list.getByRole('listitem').count()).toBe(2);
    await list.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    expect(await eventually(async () => (await stored(b)).allowedSites, ['example.com'])).toEqual([
      'example.com',
    ]);

    // Not listed: nothing runs on a new page load.
    const unlisted = await openArticle(b);
    await unlisted.waitForTimeout(2500);
    expect(await unlisted.locator('factline-card').count()).toBe(0);
    expect(await badgeText(b, unlisted)).toBe('');
    await unlisted.close();

    // Manual: nothing registered, but "Check this page" still works.
    await run.getByRole('radio', { name: 'Only when I click “Check this page”' }).check();
    expect(await eventually(() => registered(b), [])).toEqual([]);
    const manual = await openArticle(b);
    await manual.waitForTimeout(2000);
    expect(await manual.locator('factline-card').count()).toBe(0);
    const popup = await openPopupFor(b, manual);
    await popup.getByRole('button', { name: 'Check this page' }).click();
    await manual.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    await popup.close();
    await manual.close();

    // Back to auto: every site again.
    await run.getByRole('radio', { name: 'Automatically on every site' }).check();
    const all = [['http://*/*', 'https://*/*']];
    expect(await eventually(async () => sorted(await registered(b)), all)).toEqual(all);
    await page.close();
  });

  it('display and highlights reach an open card without a reload', async () => {
    const article = await openArticle(b);
    await article.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await eventually(() => highlighted(article), true)).toBe(true);

    const page = await openOptions(b);
    const highlights = page.getByRole('switch', { name: 'Highlight the passages about the claim' });
    await highlights.uncheck();
    expect(await eventually(() => highlighted(article), false)).toBe(false);
    expect(await article.locator('factline-card').count()).toBe(1);

    await page.getByRole('radio', { name: 'Badge only' }).check();
    await article.locator('factline-card').waitFor({ state: 'detached' });
    expect(await badgeText(b, article)).toBe('i'); // still found: only the card is gone

    await page.getByRole('radio', { name: 'Card', exact: true }).check();
    await article.locator('factline-card').waitFor({ state: 'attached' });
    await highlights.check();
    expect(await eventually(() => highlighted(article), true)).toBe(true);
    await page.close();
    await article.close();
  });

  it('the popup: a collapsed section with the most used controls, this site on/off, all settings', async () => {
    const article = await openArticle(b);
    await article.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    const popup = await openPopupFor(b, article);
    const summary = popup.locator('summary');
    await summary.waitFor();
    expect(await summary.textContent()).toBe('SettingsEvery site · Card · Highlights on');
    expect(await popup.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
      false,
    );
    await summary.press('Enter'); // keyboard opens it
    const site = popup.getByRole('switch', { name: 'Factline on 127.0.0.1' });
    expect(await site.isChecked()).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      // The section itself, and the popup as the reader sees it (Chrome caps it at 600 px).
      await popup
        .locator('.fl-pset')
        .screenshot({ path: screenshotPath(`popup-settings-${scheme}`) });
      await popup.screenshot({ path: screenshotPath(`popup-settings-${scheme}-viewport`) });
    }
    await popup.emulateMedia({ colorScheme: 'light' });

    // What appears, from the popup.
    await popup.getByRole('radio', { name: 'Pill only' }).check();
    await article.getByRole('button', { name: 'Factline Context on this claim' }).waitFor();
    expect(await summary.textContent()).toContain('Pill only');
    await popup.getByRole('radio', { name: 'Card' }).check();

    // This site off: the open card goes, "On this page" says so; on again checks the
    // page and shows the card (the reader asked for it, as with "Check this page").
    await site.uncheck();
    await article.locator('factline-card').waitFor({ state: 'detached' });
    await popup.getByText('Factline is off on 127.0.0.1.').waitFor();
    expect((await stored(b)).disabledSites).toEqual(['127.0.0.1']);
    await site.check();
    await article.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await eventually(async () => (await stored(b)).disabledSites, [])).toEqual([]);

    const opened = b.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'All settings' }).click();
    const options = await opened;
    await options.waitForURL(/\/options\.html$/);
    await options.getByRole('heading', { level: 1, name: 'Factline settings' }).waitFor();
    await options.close();
    await article.close();
  });
});

describe('in all five languages at 400 px', () => {
  let b: Launched;
  beforeAll(async () => {
    b = await launchWithDetector();
  });
  afterAll(() => b?.close());

  it('the options page and the popup section fit, without overflowing or cut text', async () => {
    const article = await openArticle(b);
    await article.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    const page = await openOptions(b, 400);
    // Listed mode shows the most: the site list, an error and the undo bar.
    await radio(page, 'run', 'listed').check();
    const run = page.locator('fieldset').nth(GROUPS.run);
    await run.getByRole('textbox').fill('a-rather-long-regional-news-site.example.co.uk');
    await run.getByRole('textbox').press('Enter');
    await run.getByRole('textbox').fill('not a site');
    await run.getByRole('textbox').press('Enter');
    for (const lang of ['en', 'uk', 'ru', 'de', 'fr']) {
      await radio(page, 'lang', lang).check(); // the page re-renders in that language
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      expect(await layoutProblems(page), `options in ${lang}`).toEqual([]);
      await page.screenshot({ path: screenshotPath(`options-listed-${lang}-400`), fullPage: true });

      const popup = await openPopupFor(b, article);
      await popup.locator('summary').click();
      await popup.getByRole('switch', { name: /127\.0\.0\.1/ }).waitFor();
      expect(await layoutProblems(popup), `popup in ${lang}`).toEqual([]);
      await popup
        .locator('.fl-pset')
        .screenshot({ path: screenshotPath(`popup-settings-${lang}`) });
      await popup.close();
    }
    await radio(page, 'lang', 'auto').check();
    await radio(page, 'run', 'auto').check();
    await page.close();
    await article.close();
  });
});

describe('after a browser restart', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'factline-profile-'));
  afterAll(() => rmSync(profileDir, { recursive: true, force: true }));

  it('the options page shows the settings made before', async () => {
    const first = await launchWithDetector({ profileDir });
    const page = await openOptions(first);
    await radio(page, 'run', 'manual').check();
    await radio(page, 'display', 'pill').check();
    await page.getByRole('switch').uncheck();
    const off = group(page, 'Sites where Factline is off');
    await off.getByRole('textbox').fill('news.example.org');
    await off.getByRole('textbox').press('Enter');
    await radio(page, 'lang', 'de').check();
    await page.waitForFunction(() => document.documentElement.lang === 'de');
    const want = {
      runMode: 'manual',
      display: 'pill',
      highlights: false,
      disabledSites: ['news.example.org'],
      uiLang: 'de',
    };
    expect(await eventually(async () => pick(await stored(first)), want)).toEqual(want);
    await first.close();

    // Same profile; locators by value, since the page is now in German.
    const second = await launchChromium({ profileDir });
    try {
      const again = await openOptions(second);
      expect(await again.evaluate(() => document.documentElement.lang)).toBe('de');
      expect(await radio(again, 'run', 'manual').isChecked()).toBe(true);
      expect(await radio(again, 'display', 'pill').isChecked()).toBe(true);
      expect(await radio(again, 'lang', 'de').isChecked()).toBe(true);
      expect(await again.getByRole('switch').isChecked()).toBe(false);
      expect(await again.locator('.fl-sites__name').allTextContents()).toEqual([
        'news.example.org',
      ]);
      // Manual mode came back too: the detector is not registered after the restart.
      expect(await registered(second)).toEqual([]);
    } finally {
      await second.close();
    }
  });
});

const pick = (s: Record<string, unknown>) => ({
  runMode: s.runMode,
  display: s.display,
  highlights: s.highlights,
  disabledSites: s.disabledSites,
  uiLang: s.uiLang,
});

describe('with corrupt stored values', () => {
  let b: Launched;
  const errors: string[] = [];
  beforeAll(async () => {
    b = await launchWithDetector();
    b.context.on('page', (p) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`)));
    await b.serviceWorker.evaluate(() =>
      chrome.storage.local.set({
        runMode: 'sometimes',
        runMode$: 'not a version',
        display: 'pill', // valid: kept
        highlights: 'yes',
        uiLang: 42,
        allowedSites: 'example.com',
        disabledSites: ['Old.Example.NET', 7], // an old v1 list: migrated, junk dropped
        disabledSites$: { v: 1 },
      }),
    );
  });
  afterAll(() => b?.close());

  it('the options page, the popup and an article all work, with defaults for the corrupt items', async () => {
    const options = await openOptions(b);
    expect(await radio(options, 'run', 'auto').isChecked()).toBe(true);
    expect(await radio(options, 'display', 'pill').isChecked()).toBe(true);
    expect(await radio(options, 'lang', 'auto').isChecked()).toBe(true);
    expect(await options.getByRole('switch').isChecked()).toBe(true);
    expect(await options.locator('.fl-sites__name').allTextContents()).toEqual(['old.example.net']);

    const article = await openArticle(b);
    // The detector runs (corrupt run mode → auto) and the valid "pill only" is kept.
    await article.getByRole('button', { name: 'Factline Context on this claim' }).waitFor({
      timeout: 15_000,
    });
    expect(await eventually(() => badgeText(b, article), 'i')).toBe('i');

    const popup = await openPopupFor(b, article);
    await popup.getByText('This page is about the claim.').waitFor();
    expect(await popup.locator('summary').textContent()).toBe(
      'SettingsEvery site · Pill only · Highlights on',
    );
    await popup.getByRole('heading', { level: 1 }).waitFor();

    // A change from the options page repairs the corrupt value in storage.
    await radio(options, 'run', 'manual').check();
    expect(await eventually(async () => (await stored(b)).runMode, 'manual')).toBe('manual');
    expect(errors).toEqual([]);
  });
});
