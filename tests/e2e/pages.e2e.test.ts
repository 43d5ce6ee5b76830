/**
 * Factline on news pages, end to end: real Chromium, the built extension, the
 * project's own fixture pages served on 127.0.0.1 (scripts/fixture-server.ts).
 * What a reader sees: the card (and what a screen reader gets from it), the badge,
 * highlights; nothing on look-alikes; late-loading bodies and pushState
 * navigations; dismiss, "Don't show on this site" and its undo in the popup.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackDir } from '../../data/load-packs';
import { startFixtureServer, type FixtureServer } from '../../scripts/fixture-server';
import { ROOT, screenshotPath, type Launched } from './harness';
import {
  badgeText,
  eventually,
  launchWithDetector,
  openPopupFor,
  pageSideRuns,
  readerView,
  squash,
} from './helpers';

declare const chrome: typeof import('wxt/browser').browser; // in the service worker

const pack = loadPackDir(join(ROOT, 'data/stories')).find(
  (p) => p.id === 'novgorod-residence-claim',
)!;

const ARTICLE = '/corpus/en/primary-lavrov-announces-drone-claim.html';
const LOOKALIKE = '/corpus/en/none-kremlin-drone-incident-2023.html';
const RELATED = '/corpus/en/passing-related-links-new-year-address.html';
const RUSSIAN = '/corpus/ru/primary-lavrov-kiev-atakoval-rezidentsiyu.html';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server.close());

const card = (page: Page) => page.getByRole('complementary', { name: /^Factline: context on / });
const pill = (page: Page) => page.getByRole('button', { name: 'Factline Context on this claim' });

/** Every name and value the accessibility tree exposes, as a screen reader gets it. */
async function accessibleText(b: Launched, page: Page): Promise<string> {
  const cdp = await b.context.newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { ignored?: boolean; name?: { value?: string } }[];
  };
  await cdp.detach();
  return squash(
    nodes
      .filter((n) => !n.ignored)
      .map((n) => n.name?.value ?? '')
      .join(' | '),
  );
}

/** The card's full view, whether the page placed it as a card or as a pill. */
async function openFullCard(page: Page): Promise<void> {
  await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
  if (await pill(page).isVisible()) await pill(page).click();
  await card(page).getByRole('button', { name: 'Show the timeline and positions' }).click();
}

describe('a desktop reader (1280 × 800)', () => {
  let b: Launched;
  beforeAll(async () => {
    b = await launchWithDetector({ viewport: { width: 1280, height: 800 } });
  });
  afterAll(() => b?.close());

  /** A new tab showing an English page whose article is `article` (HTML), served at `path`. */
  async function openArticle(path: string, article: string): Promise<Page> {
    const html =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head>' +
      `<body><main><article>${article}</article></main></body></html>`;
    const page = await b.context.newPage();
    await page.route(`${server.origin}/${path}`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
    );
    await page.goto(`${server.origin}/${path}`);
    return page;
  }

  it('on an article about the claim: card, badge, highlights; timeline dates and every position in the accessibility tree', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + ARTICLE);
    expect(await eventually(() => badgeText(b, page), 'i')).toBe('i');
    await openFullCard(page);
    expect(
      await page.evaluate(() =>
        (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('factline-passage'),
      ),
    ).toBe(true);

    const tree = await accessibleText(b, page);
    expect(tree).toMatch(/Factline: context on Russia's claim/);
    const view = readerView(pack, 'en');
    for (const date of view.keyDates) expect(tree).toContain(date);
    for (const p of view.positions) {
      expect(tree).toContain(p.party);
      if (p.text) expect(tree).toContain(squash(p.text));
    }
    expect(tree).toContain(`Events through ${view.eventsThrough}`);
    expect(tree).toContain(`reviewed ${view.reviewed}`);
    // the rest of the timeline, one press away
    await card(page)
      .getByRole('button', { name: /^Show all \d+ entries$/ })
      .click();
    const all = await accessibleText(b, page);
    for (const date of view.allDates) expect(all).toContain(date);
    await page.screenshot({ path: screenshotPath('page-article-1280') });
    await page.close();
  });

  it('on a look-alike (the 2023 Kremlin drone incident): nothing, and no badge', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + LOOKALIKE);
    await page.waitForTimeout(2500);
    expect(await page.locator('factline-card').count()).toBe(0);
    expect(await badgeText(b, page)).toBe('');
    await page.close();
  });

  it('on a look-alike that names Putin: no extraction at all; a report the page adds later still gets the card', async () => {
    // the rules are built (an article was read first), so the background screens the raw text
    const first = await b.context.newPage();
    await first.goto(`${server.origin}${ARTICLE}`);
    await first.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    await first.close();
    const page = await b.context.newPage();
    // Valdai, Putin and his residences, and no drone attack on one
    await page.goto(`${server.origin}/corpus/en/none-valdai-club-putin-speech.html`);
    await page.waitForTimeout(1500);
    expect(await pageSideRuns(b, page)).toBe(false);
    expect(await badgeText(b, page)).toBe('');
    // a live page: the report arrives after load, without any trigger term of its own
    await page.evaluate(() => {
      for (const text of [
        'Breaking: Russia says Ukraine attacked Putin’s residence in the Novgorod region with 91 drones overnight.',
        'Foreign Minister Sergei Lavrov said all the drones were shot down and that Moscow would revise its negotiating position.',
        'Kyiv dismissed the claim as a lie meant to derail peace talks.',
      ]) {
        const p = document.createElement('p');
        p.textContent = text;
        (document.querySelector('article') ?? document.body).append(p);
      }
    });
    expect(await eventually(() => pageSideRuns(b, page), true, 12_000)).toBe(true);
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    await page.close();
  });

  it('on a look-alike whose words could make the story (air defences near the residence): no extraction; a report added later gets the card', async () => {
    // the screen finds every part of a required pattern on it; the background's detector,
    // reading the raw text as any extraction could arrange it, finds no story
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/corpus/en/none-valdai-air-defence-before-claim.html`);
    await page.waitForTimeout(1500);
    expect(await pageSideRuns(b, page)).toBe(false);
    expect(await badgeText(b, page)).toBe('');
    // what the page adds is read with the rest of the page
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'Update: Russia now says Ukraine sent 91 drones at Putin’s residence in the Novgorod region; Kyiv called the claim a lie.';
      (document.querySelector('article') ?? document.body).append(p);
    });
    expect(await eventually(() => pageSideRuns(b, page), true, 12_000)).toBe(true);
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    await page.close();
  });

  it('on a page whose report is hidden at load ("read more"): no extraction until it is shown, then the card', async () => {
    const page = await openArticle(
      'read-more.html',
      '<h1>Morning briefing</h1><p>Putin met the governor of a northern region on Monday to talk about roads and schools.</p>' +
        '<div id="more" hidden><p>Russia says Ukraine sent 91 drones at Putin’s residence in the Novgorod region overnight.</p>' +
        '<p>Foreign Minister Sergei Lavrov said all the drones were shot down; Kyiv called the claim a lie meant to derail peace talks.</p></div>',
    );
    await page.waitForTimeout(1500);
    // the hidden report is left out, as the extraction leaves it out
    expect(await pageSideRuns(b, page)).toBe(false);
    await page.evaluate(() => {
      document.getElementById('more')!.hidden = false;
    });
    expect(await eventually(() => pageSideRuns(b, page), true, 12_000)).toBe(true);
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    await page.close();
  });

  it('on a story page, a part shown later ("read more") is read too: its passage gets highlighted', async () => {
    const page = await openArticle(
      'read-more-story.html',
      '<h1>Russia says Ukraine sent 91 drones at Putin’s residence</h1>' +
        '<p>Russia says Ukraine sent 91 drones at Putin’s residence in the Novgorod region overnight.</p>' +
        '<p>Foreign Minister Sergei Lavrov said all the drones were shot down; Kyiv called the claim a lie meant to derail peace talks.</p>' +
        '<div id="more" hidden><p>EU foreign policy chief Kaja Kallas said the claim was a deliberate distraction meant to undermine the peace efforts.</p></div>',
    );
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    const highlighted = () =>
      page.evaluate(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'factline-passage',
        );
        return [...(h ?? [])].map((r) => r.toString()).join(' | ');
      });
    expect(await eventually(async () => (await highlighted()).includes('Lavrov'), true)).toBe(true);
    expect(await highlighted()).not.toContain('Kallas');
    await page.evaluate(() => {
      document.getElementById('more')!.hidden = false;
    });
    expect(
      await eventually(async () => (await highlighted()).includes('Kallas'), true, 12_000),
    ).toBe(true);
    await page.close();
  });

  it('on an ordinary page that says "president" and "residence": no extraction; a report added later gets the card', async () => {
    // the words open the always-on gate; the background's pre-filter turns the page away
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/pages/ordinary-president.html`);
    await page.waitForTimeout(1500);
    expect(await pageSideRuns(b, page)).toBe(false);
    expect(await badgeText(b, page)).toBe('');
    // an addition without a trigger term stays on the page
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The open day will include tours of the gardens and the library.';
      document.querySelector('article')!.append(p);
    });
    await page.waitForTimeout(2500);
    expect(await pageSideRuns(b, page)).toBe(false);
    // one with a trigger term brings the whole page to the background, which finds the story
    await page.evaluate(() => {
      for (const text of [
        'World news: Russia says Ukraine attacked Putin’s residence in the Novgorod region with 91 drones overnight.',
        'Foreign Minister Sergei Lavrov said all the drones were shot down; Kyiv called the claim a lie meant to derail peace talks.',
      ]) {
        const p = document.createElement('p');
        p.textContent = text;
        document.querySelector('article')!.append(p);
      }
    });
    expect(await eventually(() => pageSideRuns(b, page), true, 12_000)).toBe(true);
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    await page.close();
  });

  it('on a 2 MB page whose only trigger word straddles two of the gate’s pieces: the gate finds it', async () => {
    // The gate reads the page at once and tests it in pieces of 200,000 characters, each
    // repeating the last 300 of the one before: "Putin" starts 2 characters before the end
    // of the ninth piece. (The extraction reads a page's first 100k characters, so text that
    // far down gets no card; what is tested is that the page side starts.)
    const sentence =
      'The council met on Tuesday to discuss the budget for the new library and the repairs to the old bridge over the river.';
    const at = 9 * 200_000 - 2; // where "Putin" starts in body.textContent
    const count = Math.floor(at / (sentence.length + 1)) - 1;
    const pad = at - count * (sentence.length + 1) - 1; // the report's text before "Putin"
    const other = `<p>${sentence}</p>\n`.repeat(count);
    const report = `<p>${'x'.repeat(pad)} Putin.</p>`; // no other trigger word
    const html = (tail: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council minutes</title></head><body><main>${other}${tail}</main></body></html>`;
    const page = await b.context.newPage();
    await page.route(`${server.origin}/big-*.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: html(route.request().url().endsWith('/big-report.html') ? report : ''),
      }),
    );
    await page.goto(`${server.origin}/big-plain.html`);
    await page.waitForTimeout(2500);
    expect(await pageSideRuns(b, page)).toBe(false);
    await page.goto(`${server.origin}/big-report.html`);
    // the page is built as planned: "Putin" straddles the end of a piece
    expect(await page.evaluate(() => document.body.textContent!.indexOf('Putin'))).toBe(at);
    expect(await eventually(() => pageSideRuns(b, page), true, 15_000)).toBe(true);
    await page.close();
  });

  it('on a related-links mention: a pill, not the card, and a quieter badge', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + RELATED);
    expect(await eventually(() => badgeText(b, page), '·')).toBe('·');
    await pill(page).waitFor();
    expect(await card(page).getByRole('heading', { name: pack.title.en }).count()).toBe(0);
    await page.screenshot({ path: screenshotPath('page-related-1280') });
    await page.close();
  });

  it('on an article whose body loads 2 s after the page: the card comes when the text does', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/pages/late.html`);
    expect(await page.locator('factline-card').count()).toBe(0);
    expect(await eventually(() => badgeText(b, page), 'i', 12_000)).toBe('i');
    await page.locator('factline-card').waitFor({ state: 'attached' });
    await page.close();
  });

  it('across pushState navigations between a look-alike and an article', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/spa/kremlin-2023`);
    await page.waitForTimeout(2000);
    expect(await page.locator('factline-card').count()).toBe(0);

    await page.getByRole('link', { name: 'Live: the residence claim' }).click();
    expect(page.url()).toMatch(/\/spa\/novgorod-claim$/);
    expect(await eventually(() => badgeText(b, page), 'i')).toBe('i');
    await page.locator('factline-card').waitFor({ state: 'attached' });

    await page.goBack();
    expect(page.url()).toMatch(/\/spa\/kremlin-2023$/);
    expect(await eventually(() => badgeText(b, page), '')).toBe('');
    await page.locator('factline-card').waitFor({ state: 'detached' });
    await page.close();
  });

  it('on a Russian-language article: the card and badge too', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + RUSSIAN);
    expect(await eventually(() => badgeText(b, page), 'i')).toBe('i');
    await page.locator('factline-card').waitFor({ state: 'attached' });
    await page.close();
  });

  it('leaves the page layout where it was, even on a page with hostile CSS', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}${ARTICLE}?hostile=1`);
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    const layout = () =>
      page.evaluate(() => {
        const r = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().toJSON();
        return [r('h1'), r('.article-body'), document.documentElement.scrollHeight];
      });
    const withCard = await layout();
    await page.screenshot({ path: screenshotPath('page-hostile-1280') });
    await page.evaluate(() => document.querySelector('factline-card')!.remove());
    expect(await layout()).toEqual(withCard);
    await page.close();
  });

  it('dismiss hides the card on this page; the popup shows it again', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + ARTICLE);
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    await page.getByRole('button', { name: 'Hide Factline on this page' }).first().click();
    await page.locator('factline-card').waitFor({ state: 'detached' });
    expect(await badgeText(b, page)).toBe('i'); // still found: only the card is dismissed

    const popup = await openPopupFor(b, page);
    await popup.getByText('This page is about the claim.').waitFor();
    const toggle = popup.getByRole('switch', { name: 'Card on the page' });
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await page.locator('factline-card').waitFor({ state: 'attached' });
    await popup.close();
    await page.close();
  });

  it('"Don’t show on this site" turns it off for the site, undoable from the popup', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + ARTICLE);
    await openFullCard(page);
    await card(page).getByRole('button', { name: 'Don’t show on this site' }).click();
    await page.locator('factline-card').waitFor({ state: 'detached' });

    await page.reload();
    await page.waitForTimeout(2500);
    expect(await page.locator('factline-card').count()).toBe(0);
    expect(await badgeText(b, page)).toBe('');

    const popup = await openPopupFor(b, page);
    await popup.getByText('Factline is off on 127.0.0.1.').waitFor();
    // The reloaded page was never checked: no stale result from before the reload.
    expect(await popup.getByText('This page is about the claim.').count()).toBe(0);
    await popup.screenshot({ path: screenshotPath('popup-site-off') });
    await popup.getByRole('button', { name: 'Turn on for 127.0.0.1' }).click();
    await page.locator('factline-card').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await eventually(() => badgeText(b, page), 'i')).toBe('i');
    const stored = await b.serviceWorker.evaluate(() => chrome.storage.local.get('disabledSites'));
    expect(stored.disabledSites).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('a phone reader (390 × 844)', () => {
  let b: Launched;
  beforeAll(async () => {
    b = await launchWithDetector({ viewport: { width: 390, height: 844 } });
  });
  afterAll(() => b?.close());

  it('gets a pill that opens as a bottom sheet with the timeline and positions', async () => {
    const page = await b.context.newPage();
    await page.goto(server.origin + ARTICLE);
    await pill(page).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: screenshotPath('page-article-390') });
    await openFullCard(page);
    const box = (await card(page).boundingBox())!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(390);
    const tree = await accessibleText(b, page);
    for (const date of readerView(pack, 'en').keyDates) expect(tree).toContain(date);
    await page.screenshot({ path: screenshotPath('page-article-390-open') });
    await page.close();
  });
});
