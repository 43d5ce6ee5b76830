/**
 * Five languages in real Chromium with the built extension (`npm run build` first):
 *   (a) the popup and the options page at 400 px in each interface language (the
 *       browser's languages): strings in that language, nothing wider than the
 *       page, no clipped or ellipsis-cut text; screenshots/popup-<lang>.png and
 *       options-<lang>-400.png;
 *   (b) a Russian- and a Ukrainian-language fixture article get the card in their
 *       own language, whatever the browser's; screenshots/page-<lang>-card.png;
 *   (c) the card switched to each language at 400 px (the phone's bottom sheet),
 *       expanded: no overflow; screenshots/card-<lang>-400.png.
 */
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackDir } from '../../data/load-packs';
import { ENDONYMS } from '../../lib/i18n/lang-names';
import { createTranslator, UI_LANGS, type UiLang } from '../../lib/i18n';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { launchChromium, ROOT, screenshotPath, type Launched } from './harness';
import { launchWithDetector, layoutProblems, squash } from './helpers';

const pack = loadPackDir(join(ROOT, 'data/stories')).find(
  (p) => p.id === 'novgorod-residence-claim',
)!;
/** The pack's text in a language, or English where the pack lacks it (as the views do). */
const inLang = (text: Partial<Record<string, string>> & { en: string }, lang: UiLang) =>
  text[lang] ?? text.en;

const BROWSER_LOCALE: Record<UiLang, string> = {
  en: 'en-GB',
  uk: 'uk-UA',
  ru: 'ru-RU',
  de: 'de-DE',
  fr: 'fr-FR',
};
const ARTICLE = '/corpus/en/primary-lavrov-announces-drone-claim.html';
const PAGES = {
  ru: '/corpus/ru/primary-lavrov-kiev-atakoval-rezidentsiyu.html',
  uk: '/corpus/uk/primary-lavrov-zayava-91-dron.html',
} as const;

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

/** The card (or pill) landmark, named in `lang`. */
const landmark = (page: Page, lang: UiLang) =>
  page.getByRole('complementary', {
    name: createTranslator(lang)('card.label', { title: inLang(pack.title, lang) }),
  });

/** Opens the full card from the pill if the page shows a pill first. */
async function openCard(page: Page, lang: UiLang): Promise<Locator> {
  const t = createTranslator(lang);
  await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
  const pill = page.getByRole('button', { name: `${t('app.name')} ${t('card.pill')}` });
  if (await pill.isVisible()) await pill.click();
  const card = landmark(page, lang);
  await card.waitFor();
  return card;
}

describe.each(UI_LANGS)('the popup and the options page in %s at 400 px', (lang) => {
  const t = createTranslator(lang);
  let b: Launched;
  let page: Page;
  let options: Page;

  /** An extension page at 400 px wide, once its heading is there. */
  async function open(path: string, height: number): Promise<Page> {
    const opened = await b.context.newPage();
    await opened.setViewportSize({ width: 400, height });
    await opened.goto(`chrome-extension://${b.extensionId}/${path}`);
    await opened.getByRole('heading', { level: 1 }).waitFor();
    return opened;
  }

  beforeAll(async () => {
    b = await launchChromium({
      locale: BROWSER_LOCALE[lang],
      viewport: { width: 400, height: 600 },
    });
    page = await open('popup.html', 600);
    options = await open('options.html', 700);
  });
  afterAll(() => b?.close());

  it('popup: follows the browser language, interface strings and story text', async () => {
    expect(await page.evaluate(() => navigator.language)).toMatch(new RegExp(`^${lang}`));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(
      inLang(pack.title, lang),
    );
    expect(
      await page.getByRole('button', { name: t('section.timeline'), exact: true }).isVisible(),
    ).toBe(true);
    expect(await page.getByText(inLang(pack.status, lang)).isVisible()).toBe(true);
  });

  it('popup: has no overflowing, clipped or ellipsis-cut text', async () => {
    await page.screenshot({ path: screenshotPath(`popup-${lang}`), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      400,
    );
    expect(await layoutProblems(page)).toEqual([]);
  });

  it('options: is in the interface language, with no overflowing, clipped or ellipsis-cut text', async () => {
    await options.screenshot({ path: screenshotPath(`options-${lang}-400`), fullPage: true });
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(squash(await options.getByRole('heading', { level: 1 }).innerText())).toBe(
      t('options.title'),
    );
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      400,
    );
    expect(await layoutProblems(options)).toEqual([]);
  });
});

describe.each(['ru', 'uk'] as const)('a %s-language article, English browser', (lang) => {
  const t = createTranslator(lang);
  let b: Launched;
  beforeAll(async () => {
    b = await launchWithDetector({ locale: BROWSER_LOCALE.en });
  });
  afterAll(() => b?.close());

  it('gets the card in its own language', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + PAGES[lang]);
    const card = await openCard(page, lang);
    expect(await card.getAttribute('lang')).toBe(lang);
    const title = card.getByRole('heading', { level: 2 });
    expect(squash(await title.innerText())).toBe(pack.title[lang]);
    expect(await card.getByRole('radio', { name: ENDONYMS[lang] }).isChecked()).toBe(true);
    await page.screenshot({ path: screenshotPath(`page-${lang}-card`) });
    expect(await layoutProblems(page, 'factline-card')).toEqual([]);

    await card.getByRole('button', { name: t('card.expand') }).click();
    await card.getByRole('heading', { name: t('section.timeline') }).waitFor();
    const firstKey = pack.timeline.find((e) => e.key)!;
    expect(await card.locator('.fl-timeline').getByText(firstKey.text[lang]!).count()).toBe(1);
    await page.screenshot({ path: screenshotPath(`page-${lang}-card-expanded`) });
    expect(await layoutProblems(page, 'factline-card')).toEqual([]);
    await page.close();
  });
});

describe('the card switched to each language at 400 px', () => {
  let b: Launched;
  let page: Page;
  beforeAll(async () => {
    b = await launchWithDetector({
      locale: BROWSER_LOCALE.en,
      viewport: { width: 400, height: 800 },
    });
    page = await b.context.newPage();
    await page.goto(server.origin + ARTICLE);
    await openCard(page, 'en');
  });
  afterAll(() => b?.close());

  it.each([...UI_LANGS.filter((l) => l !== 'en'), 'en' as const])('%s', async (lang) => {
    const t = createTranslator(lang);
    // The switch is named in the card's current language: find it by its endonym options.
    await page.getByRole('radio', { name: ENDONYMS[lang] }).check();
    const card = landmark(page, lang);
    await card.waitFor();
    expect(await card.getAttribute('lang')).toBe(lang);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(400);

    // Compact, then expanded with the positions table in view.
    const collapse = card.getByRole('button', { name: t('card.collapse') });
    if (await collapse.isVisible()) await collapse.click();
    await card.getByRole('button', { name: t('card.expand') }).waitFor();
    await page.screenshot({ path: screenshotPath(`card-${lang}-400`) });
    expect(await layoutProblems(page, 'factline-card')).toEqual([]);

    await card.getByRole('button', { name: t('card.expand') }).click();
    const positions = card.getByRole('heading', { name: t('section.positions') });
    await positions.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath(`card-${lang}-400-positions`) });
    expect(await layoutProblems(page, 'factline-card')).toEqual([]);
  });
});
