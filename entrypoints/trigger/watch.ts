/**
 * The always-on trigger: reads the page's text once and tests the prepared pre-filter.
 * No match: nothing else happens and no extension API is touched; the script then
 * only watches what the page adds (a live blog, a client-side navigation) and tests
 * that text alone. A match wakes the background, which starts the page side here
 * (extraction in short slices, detection off the page's thread) and this script stops.
 */
import { createScheduler, DEFAULT_SCHEDULE } from '../../lib/schedule';
import { setTriggerStop, triggerWatching } from '../../lib/page-flags';
import { extensionAlive, send } from '../../lib/runtime-link';
import { SLICE_MS, yieldToPage } from '../../lib/yield';

/** Pending nodes above this many: test the whole page again instead. */
const MAX_PENDING = 2000;
/**
 * Up to this many elements (a long article has a few hundred; a 1 MB page ~5000) the
 * page's text is read at once; a bigger page is read in slices, so reading a 5 MB
 * page never holds the main thread in one long task.
 */
const READ_AT_ONCE = 2000;
/** Text tested per step of a sliced read, and what it keeps of the step before. */
const CHUNK = 64 * 1024;
const OVERLAP = 96;
const SHOW_TEXT = 0x4;

/** Tests the text under `root`: at once on an ordinary page, in slices on a huge one. */
async function pageMatches(
  root: Element,
  mayMatch: (text: string) => boolean,
  signal: AbortSignal,
): Promise<boolean> {
  if (root.getElementsByTagName('*').length <= READ_AT_ONCE)
    return mayMatch(root.textContent ?? '');
  const walker = document.createTreeWalker(root, SHOW_TEXT);
  let chunk = '';
  let tail = '';
  let sliceStart = performance.now();
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    chunk += (node as Text).data;
    if (chunk.length < CHUNK) continue;
    // The text of consecutive nodes joins as in textContent; the overlap keeps a
    // term that straddles two steps.
    if (mayMatch(tail + chunk)) return true;
    tail = chunk.slice(-OVERLAP);
    chunk = '';
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      if (signal.aborted) return false;
      sliceStart = performance.now();
    }
  }
  return mayMatch(tail + chunk);
}

export function watchForTrigger(mayMatch: (text: string) => boolean): void {
  if (triggerWatching()) return;
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  setTriggerStop(stop);
  signal.addEventListener('abort', () => setTriggerStop(null), { once: true });

  const wake = () => {
    stop();
    // The extension may have been updated or disabled since this script started.
    if (!extensionAlive()) return;
    void send({ type: 'factline:trigger' });
  };

  let pending: Node[] = [];
  let whole = false;
  let url = location.href;
  let reading = false;
  const check = () => {
    if (reading) return;
    const moved = location.href !== url;
    url = location.href;
    if (whole || moved) {
      whole = false;
      pending = [];
      return void readWholePage();
    }
    let text = '';
    for (const n of pending) if (n.isConnected) text += `${n.textContent ?? ''}\n`;
    pending = [];
    if (text && mayMatch(text)) wake();
  };
  const readWholePage = async () => {
    const body = document.body;
    if (!body) return;
    reading = true;
    const hit = await pageMatches(body, mayMatch, signal);
    reading = false;
    if (hit && !signal.aborted) wake();
    // What the page added meanwhile waits for its own check.
    else if (pending.length) scheduler.poke();
  };
  const scheduler = createScheduler(check, signal, DEFAULT_SCHEDULE);
  const observer = new MutationObserver((records) => {
    if (!whole) {
      for (const r of records) {
        if (r.type === 'characterData') pending.push(r.target);
        else for (const n of r.addedNodes) pending.push(n);
      }
      if (pending.length > MAX_PENDING) {
        pending = [];
        whole = true;
      }
    }
    scheduler.poke(location.href !== url);
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // A client-side navigation may change the page without adding to it.
  const onNavigate = () => scheduler.poke(location.href !== url);
  window.addEventListener('popstate', onNavigate, { signal });
  window.addEventListener('hashchange', onNavigate, { signal });

  void readWholePage();
}
