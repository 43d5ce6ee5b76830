/**
 * The always-on trigger: reads the page's text once and tests the prepared pre-filter.
 * No match: nothing else happens and no extension API is touched; the script then
 * only watches what the page adds (a live blog, a client-side navigation) and tests
 * that text alone. A match wakes the background, which starts the page side here
 * (extraction in short slices, detection off the page's thread) and this script stops.
 */
import { watchPage } from '../../lib/page-watch';
import { createScheduler, DEFAULT_SCHEDULE } from '../../lib/schedule';
import { setTriggerStop, triggerWatching } from '../../lib/page-flags';
import { extensionAlive, send } from '../../extension/runtime-link';
import { SLICE_MS, yieldToPage } from '../../lib/yield';

/** Pending nodes above this many: test the whole page again instead. */
const MAX_PENDING = 2000;
/**
 * Elements whose text is read in one native `textContent` call (a long article has a few
 * hundred elements; a 1 MB page ~5000, whose text takes ~20 ms to read). A bigger page is
 * read in parts of about this many elements, with a yield between slices, so even a 5 MB
 * page never holds the main thread in one long task.
 */
const PART = 1500;
/** What a part keeps of the text before it: a term straddling two parts still matches. */
const OVERLAP = 96;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const elementsIn = (el: Element) => el.getElementsByTagName('*').length;

/** Children above this many are read in spans (one Range each), not one by one. */
const MANY = 64;

/**
 * The text under `el` in document order, as parts of about PART elements each: what
 * `el.textContent` would give, cut between whole children. An element with many
 * children is read in spans of them through a Range (a few native calls, not one per
 * child), sized as if its elements were spread evenly over its children.
 */
function* textParts(el: Element, known?: number): Generator<string> {
  const total = known ?? elementsIn(el);
  if (total <= PART) {
    yield el.textContent ?? '';
    return;
  }
  const kids = el.childNodes;
  const n = kids.length;
  if (n > MANY) {
    const per = Math.max(1, Math.floor((n * PART) / total));
    const range = document.createRange();
    for (let i = 0; i < n; i += per) {
      const first = kids[i];
      const last = kids[Math.min(i + per, n) - 1];
      if (!first || !last) break; // the page removed children meanwhile
      range.setStartBefore(first);
      range.setEndAfter(last);
      yield range.toString();
    }
    return;
  }
  let part = '';
  let count = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      part += (child as Text).data;
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const size = elementsIn(child as Element) + 1;
    if (size > PART) {
      if (part) yield part;
      part = '';
      count = 0;
      yield* textParts(child as Element, size - 1);
      continue;
    }
    part += child.textContent ?? '';
    count += size;
    if (count >= PART) {
      yield part;
      part = '';
      count = 0;
    }
  }
  if (part) yield part;
}

/** Tests the text under `root`: at once on an ordinary page, in slices on a huge one. */
async function pageMatches(
  root: Element,
  mayMatch: (text: string) => boolean,
  signal: AbortSignal,
): Promise<boolean> {
  let tail = '';
  let sliceStart = performance.now();
  for (const part of textParts(root)) {
    if (mayMatch(tail + part)) return true;
    tail = part.slice(-OVERLAP);
    if (performance.now() - sliceStart >= SLICE_MS) {
      await yieldToPage();
      if (signal.aborted) return false;
      sliceStart = performance.now();
    }
  }
  return false;
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
  watchPage(
    signal,
    (records) => {
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
    },
    // a client-side navigation may change the page without adding to it
    () => scheduler.poke(location.href !== url),
  );

  void readWholePage();
}
