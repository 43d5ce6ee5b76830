/**
 * What several end-to-end tests ask of a running extension: launch and wait for the
 * detector, read a tab's badge, open the popup for a tab, poll, and find text that
 * does not fit. One place, so the page, settings, language and card tests agree.
 */
import type { Page } from 'playwright-core';
import type { StoryContent } from '../../data/schema';
import { formatAsOf, formatDateOrRange } from '../../lib/format';
import { positionGrid } from '../../lib/story/positions';
import { pickText } from '../../lib/story/text';
import {
  launchChromium,
  untilDetectorRegistered,
  type Launched,
  type LaunchOptions,
} from './harness';

/** The extension API inside the service worker, where `serviceWorker.evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

/** Collapses whitespace (Intl puts thin spaces in date ranges). */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Launches Chromium and waits until the background has registered the detector. */
export async function launchWithDetector(options: LaunchOptions = {}): Promise<Launched> {
  const b = await launchChromium(options);
  await untilDetectorRegistered(b);
  return b;
}

/** Polls until `read` returns a value equal (as JSON) to `want`, or time runs out; returns the last value. */
export async function eventually<T>(read: () => Promise<T>, want: T, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(want) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

/** The id Chromium gave the tab showing `page`. */
export async function tabIdOf(b: Launched, page: Page): Promise<number> {
  return b.serviceWorker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!,
    page.url(),
  );
}

/** The toolbar badge text on the tab showing `page`. */
export async function badgeText(b: Launched, page: Page): Promise<string> {
  const tabId = await tabIdOf(b, page);
  return b.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** True when the page side runs in the tab showing `page` (its slot, in the extension's isolated world). */
export async function pageSideRuns(b: Launched, page: Page): Promise<boolean> {
  const tabId = await tabIdOf(b, page);
  return b.serviceWorker.evaluate(async (id) => {
    const [run] = await chrome.scripting.executeScript({
      target: { tabId: id },
      func: () => Symbol.for('factline.page-slot') in globalThis,
    });
    return run?.result === true;
  }, tabId);
}

/** The popup, 400 × 600, about the tab showing `page` (popup.html?tab=…). */
export async function openPopupFor(b: Launched, page: Page): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, page)}`);
  return popup;
}

export interface Problem {
  what: string;
  el: string;
  text: string;
}

/**
 * Layout problems under `host` (a shadow host) or the whole document: an element
 * that reaches past the viewport's sides, a block whose content is wider than the
 * block (overflowing or clipped text), a cut-off ellipsis. Visually hidden
 * (`.fl-vh`) text is 1 px by design and skipped.
 */
export async function layoutProblems(page: Page, hostSelector?: string): Promise<Problem[]> {
  return page.evaluate((sel) => {
    const root: ParentNode = sel ? document.querySelector(sel)!.shadowRoot! : document;
    const out: { what: string; el: string; text: string }[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`;
    for (const el of root.querySelectorAll('*')) {
      if (
        el.closest('.fl-vh, svg, script, style') &&
        !(el instanceof HTMLElement && el.matches('svg'))
      )
        continue;
      if (!(el instanceof HTMLElement)) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const text = (el.innerText || '').replace(/\s+/g, ' ').trim().slice(0, 60);
      if (r.left < -1 || r.right > innerWidth + 1)
        out.push({ what: 'outside viewport', el: name(el), text });
      const scrolls = cs.overflowX === 'auto' || cs.overflowX === 'scroll';
      const block = cs.display !== 'inline' && cs.display !== 'contents';
      if (block && !scrolls && el.scrollWidth > el.clientWidth + 1)
        out.push({
          what: `content ${el.scrollWidth}px in ${el.clientWidth}px`,
          el: name(el),
          text,
        });
      if (scrolls && el.scrollWidth > el.clientWidth + 1)
        out.push({ what: 'scrolls sideways', el: name(el), text });
      if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
        out.push({ what: 'ellipsis-cut', el: name(el), text });
    }
    return out;
  }, hostSelector);
}

/**
 * What a reader should find of a pack in a view, worked out from the pack with the same
 * pure functions the views use: the key entries' dates (the card's first view), every
 * entry's date (the popup, the card's "all entries"), and for each question and principal
 * party the latest stance and statement (or the note on why there is none).
 */
export function readerView(pack: StoryContent, lang: string) {
  const date = (e: { date: string }) => squash(formatDateOrRange(e.date, lang));
  return {
    keyDates: pack.timeline.filter((e) => e.key).map(date),
    allDates: pack.timeline.map(date),
    eventsThrough: formatAsOf(pack.eventsThrough, lang),
    reviewed: formatAsOf(pack.reviewed, lang),
    positions: positionGrid(pack).flatMap(({ question, rows }) =>
      rows.map(({ party, position }) => {
        const last = position?.steps.at(-1);
        return {
          question: pickText(question.text, lang),
          party: pickText(party.name, lang),
          stance: last?.stance ?? ('none' as const),
          text: last ? pickText(last.text, lang) : position?.none && pickText(position.none, lang),
          steps: position?.steps.length ?? 0,
        };
      }),
    ),
  };
}
