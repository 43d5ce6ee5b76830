/**
 * The toolbar popup in real Chromium with the built extension (run `npm run build`
 * first): at the popup's 400 px width, in light and dark colour schemes, the reader
 * sees every timeline date, each principal party's position history on every question
 * (a step leads to its timeline entry), and the dates of the latest event and of the last
 * review; the page is keyboard navigable and well structured. Writes
 * screenshots/popup-light.png and popup-dark.png.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackDir } from '../../data/load-packs';
import { positionGrid } from '../../lib/story/positions';
import { createTranslator } from '../../lib/i18n';
import { launchChromium, ROOT, screenshotPath, type Launched } from './harness';
import { readerView, squash } from './helpers';

const pack = loadPackDir(join(ROOT, 'data/stories')).find(
  (p) => p.id === 'novgorod-residence-claim',
)!;
const t = createTranslator('en');
const backgrounds: Record<string, string> = {};

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(['light', 'dark'] as const)('popup, %s scheme', (scheme) => {
  let browser: Launched;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium({ colorScheme: scheme, viewport: { width: 400, height: 600 } });
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the title, status, and the dates of the latest event and of the last review', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(squash(await page.getByRole('heading', { level: 1 }).innerText())).toBe(pack.title.en);
    const view = readerView(pack, 'en');
    for (const text of [`Events through ${view.eventsThrough}`, `reviewed ${view.reviewed}`])
      expect(await page.getByText(text, { exact: true }).isVisible()).toBe(true);
    expect(await page.getByText(pack.status.en).isVisible()).toBe(true);
  });

  it('shows every timeline date, formatted as lib/format does for English', async () => {
    const dates = page.locator('.fl-timeline .fl-tl-entry__date');
    const shown = (await dates.allInnerTexts()).map(squash);
    expect(shown).toEqual(readerView(pack, 'en').allDates);
    for (const date of await dates.all()) expect(await date.isVisible()).toBe(true);
    expect(shown[0]).toBe('28 Dec 2025');
    expect(shown.at(-1)).toBe('15 Feb 2026');
  });

  it("shows each principal party's position history on every question", async () => {
    for (const p of readerView(pack, 'en').positions) {
      const table = page.getByRole('table', { name: p.question });
      const row = table.getByRole('row', { name: new RegExp(`^${p.party}\\b`) });
      const cell = row.getByRole('cell');
      expect(await cell.isVisible()).toBe(true);
      const text = squash(await cell.innerText());
      expect(text).toContain(t(`stance.${p.stance}`));
      if (p.text) expect(text).toContain(squash(p.text));
      expect(await cell.getByRole('button').count()).toBe(p.steps);
    }
  });

  it('jumps from a position step to the timeline entry it comes from', async () => {
    // the first step shown: the first question's first principal party with a step
    const [first] = positionGrid(pack);
    const entry = first!.rows.find((r) => r.position?.steps.length)!.position!.steps[0]!.entry;
    await page.locator('.fl-step__btn').first().click();
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('data-entry')).toBe(entry);
    expect(await focused.isVisible()).toBe(true);
  });

  it('fits 400 px without horizontal scrolling or clipped labels', async () => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(400);
    const clipped = await page.$$eval('.fl-chip, .fl-pill, .fl-ptable__party, .fl-title', (els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    );
    expect(clipped).toEqual([]);
  });

  it('renders text and chips at WCAG AA contrast', async () => {
    const pairs = await page.$$eval(
      '.fl-title, .fl-summary, .fl-attr, .fl-meta, .fl-status, .fl-pill, .fl-chip, .fl-ptable__caption, ' +
        '.fl-tl-entry__party, .fl-step__date, .fl-step__short, .fl-pos__text, .fl-voice__date, ' +
        '.fl-voices__label, .fl-source__meta, .fl-source__title, .fl-link, .fl-tl-entry__note',
      (els) =>
        els.map((el) => {
          // The effective background is the nearest ancestor with a non-transparent one.
          let node: Element | null = el;
          let bg = 'rgba(0, 0, 0, 0)';
          while (node && /rgba\(.*, 0\)$|transparent/.test(bg)) {
            bg = getComputedStyle(node).backgroundColor;
            node = node.parentElement;
          }
          return { cls: el.className, fg: getComputedStyle(el).color, bg };
        }),
    );
    expect(pairs.length).toBeGreaterThan(40);
    for (const { cls, fg, bg } of pairs) {
      expect(contrast(fg, bg), `${cls}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    backgrounds[scheme] = await page.evaluate(
      () => getComputedStyle(document.body).backgroundColor,
    );
  });

  it('has one h1 and a section heading for each part, in order', async () => {
    const headings = await page.$$eval('h1, h2, h3, h4, h5, h6', (els) =>
      els.map((h) => `${h.tagName} ${h.textContent?.trim()}`),
    );
    expect(headings).toEqual([
      `H1 ${pack.title.en}`,
      'H2 Positions',
      'H2 Timeline',
      'H2 Other governments',
      'H2 Why it matters',
      'H2 What to watch',
      'H2 Sources',
    ]);
    expect(await page.getByRole('main').count()).toBe(1);
  });

  it('reaches every control with Tab, in document order, with a visible focus ring', async () => {
    // A fresh page: the jump test above moved the browser's Tab starting point.
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // What a keyboard user can reach: visible, enabled controls in document order
    // (one stop per radio group, as browsers do; controls in a closed <details> are hidden).
    const expected = await page.$$eval(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      (els) => {
        const groups = new Set<string>();
        return els
          .filter((el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled)
          .filter((el) => {
            const radio = el as HTMLInputElement;
            if (radio.type !== 'radio') return true;
            if (groups.has(radio.name)) return false;
            groups.add(radio.name);
            return true;
          })
          .map((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
      },
    );
    const sections = [
      'Positions',
      'Timeline',
      'Other governments',
      'Why it matters',
      'What to watch',
      'Sources',
    ];
    expect(expected.filter((name) => sections.includes(name))).toEqual(sections);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const reached: (string | undefined)[] = [];
    const rings: { text: string; outline: string; width: string }[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
          outline: style.outlineStyle,
          width: style.outlineWidth,
        };
      });
      reached.push(focus.text);
      rings.push(focus);
    }
    expect(reached).toEqual(expected);
    for (const focus of rings) {
      expect(focus.outline, focus.text).not.toBe('none');
      expect(parseFloat(focus.width), focus.text).toBeGreaterThanOrEqual(2);
    }
  });

  it('collapses and reopens a section from the keyboard', async () => {
    const toggle = page.getByRole('button', { name: 'Timeline', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.fl-timeline').isVisible()).toBe(false);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.fl-timeline').isVisible()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('drops transitions when the reader prefers reduced motion', async () => {
    const chevron = page.locator('.fl-section__chevron').first();
    const duration = () => chevron.evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(await duration()).not.toBe('0s');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('takes a full-page screenshot', async () => {
    const path = screenshotPath(`popup-${scheme}`);
    await page.screenshot({ path, fullPage: true });
    expect(path).toMatch(new RegExp(`screenshots/popup-${scheme}\\.png$`));
  });
});

describe('both schemes', () => {
  it('use different backgrounds', () => {
    expect(backgrounds.light).toBe('rgb(255, 255, 255)');
    expect(backgrounds.dark).toBeDefined();
    expect(backgrounds.dark).not.toBe(backgrounds.light);
  });
});
