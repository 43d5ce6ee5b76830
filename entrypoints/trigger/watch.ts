/**
 * The always-on trigger: reads the page's text once and tests the gate
 * (lib/detect/trigger-gate.ts). Closed: nothing else happens and no extension API is
 * touched; the script then only watches what the page adds (a live blog, a client-side
 * navigation) and tests that text alone. Open: the page's raw text goes to the background,
 * which runs the pre-filter, the screen (lib/detect/screen.ts) and the detector's reading
 * of raw text (lib/detect/raw-page.ts) on it: when the text could hold a story, the
 * background starts the page side here (extraction in short
 * slices, detection off the page's thread) and this script stops; when it cannot, this
 * script sends what the page adds from then on, and the page is spared the extraction.
 */
import type { TriggerAnswer } from '../../lib/messages';
import { MAX_SCREEN_CHARS, MAX_TRIGGER_CHARS, PART_OVERLAP } from '../../lib/trigger-limit';
import { watchPage, watchReveals } from '../../lib/page-watch';
import { createScheduler, DEFAULT_SCHEDULE } from '../../lib/schedule';
import { setTriggerStop, triggerWatching } from '../../lib/page-flags';
import { extensionAlive, send } from '../../extension/runtime-link';
import { readTitle } from '../../lib/extract/page-meta';
import { BLOCK_BREAK, markedParts, unmark } from '../../lib/text-breaks';
import { SLICE_MS, yieldToPage } from '../../lib/yield';

/** Pending nodes above this many: test the whole page again instead. */
const MAX_PENDING = 2000;
/**
 * Characters of the page's text the gate tests in one go. The text is read in one native
 * `textContent` call, as the simplest content script reads it (the reference's whole read
 * and test of a 5 MB page measures ~20 ms in Chromium; counting the elements first to read
 * in parts cost every page more than it saved), and tested in pieces of this size with a
 * yield whenever a slice's time is up: the longest task on a 5 MB page measured 18–31 ms.
 */
const GATE_PIECE = 200_000;
/** What a piece keeps of the text before it: a term or phrase straddling two still matches
 * (the background's screen repeats as much between its pieces). */
const OVERLAP = 300;

/** The text of added nodes, each marked where its text nodes and blocks begin (lib/text-breaks.ts). */
const markedText = (nodes: readonly Node[]) =>
  nodes.map((n) => [...markedParts(n)].join('')).join('\n');

/** Sends text to the background; undefined when the extension is gone. */
type Sender = (
  text: string,
  fresh: boolean,
  more: boolean,
  extra?: { unscreened?: true; repeats?: number },
) => Promise<TriggerAnswer | undefined>;

/**
 * Tests the text under `root` with the gate (read at once, tested in pieces: at once on an
 * ordinary page, in slices on a huge one); once it opens, reads the page again marked where
 * its text nodes begin (lib/text-breaks.ts: the background's screen then counts a term only
 * where the extraction could start a word) and sends that to the background, in messages of
 * at most MAX_TRIGGER_CHARS, each repeating the end of the one before (a term cut in two
 * still counts) and each in its own task. A page with more than MAX_SCREEN_CHARS of text asks
 * for the page side at once. null: the gate stayed closed. `matched`: what the page
 * added opened the gate already (the page is not tested).
 */
async function screenPage(
  root: Element,
  mayMatch: (text: string) => boolean,
  signal: AbortSignal,
  sendText: Sender,
  matched = false,
): Promise<TriggerAnswer | undefined | null> {
  let sliceStart = performance.now();
  const pause = async () => {
    await yieldToPage();
    sliceStart = performance.now();
    return signal.aborted;
  };
  const due = () => performance.now() - sliceStart >= SLICE_MS;
  // the detector reads the page's title as its first block: the gate and the screen do too
  const title = readTitle(root.ownerDocument) ?? '';
  if (!matched) matched = mayMatch(title);
  if (!matched) {
    const text = root.textContent ?? '';
    for (let at = 0; !matched && !signal.aborted && at < text.length; at += GATE_PIECE) {
      if (due() && (await pause())) return null;
      matched = mayMatch(text.slice(Math.max(0, at - OVERLAP), at + GATE_PIECE));
    }
    if (!matched) return null;
  }
  const read: string[] = [BLOCK_BREAK + title + '\n'];
  let size = read[0]!.length;
  for (const part of markedParts(root)) {
    read.push(part);
    size += part.length;
    if (size > MAX_SCREEN_CHARS) return sendText('', true, false, { unscreened: true });
    if (due() && (await pause())) return null;
  }
  // the parts as messages: the end of the last one, then up to MAX_TRIGGER_CHARS more
  let carry = '';
  let fresh = true;
  while (read.length) {
    let text = carry;
    while (read.length && text.length < MAX_TRIGGER_CHARS) {
      const room = MAX_TRIGGER_CHARS - text.length;
      const p = read[0]!;
      text += p.length <= room ? read.shift()! : p.slice(0, room);
      if (p.length > room) read[0] = p.slice(room);
    }
    const repeats = carry.length;
    carry = text.slice(-PART_OVERLAP);
    if (await pause()) return null;
    const answer = await sendText(text, fresh, read.length > 0, { repeats });
    fresh = false;
    if (answer !== 'more' || signal.aborted) return answer;
  }
  return undefined; // not reached: the last message gets a verdict
}

export function watchForTrigger(mayMatch: (text: string) => boolean): void {
  if (triggerWatching()) return;
  const controller = new AbortController();
  const { signal } = controller;
  const stop = () => controller.abort();
  setTriggerStop(stop);
  signal.addEventListener('abort', () => setTriggerStop(null), { once: true });

  const sendText: Sender = async (text, fresh, more, { unscreened, repeats } = {}) => {
    // The extension may have been updated or disabled since this script started.
    if (signal.aborted || !extensionAlive()) return undefined;
    return send<TriggerAnswer>({
      type: 'factline:trigger',
      text,
      fresh,
      ...(more ? { more } : {}),
      ...(unscreened ? { unscreened } : {}),
      ...(repeats ? { repeats } : {}),
    });
  };

  let pending: Node[] = [];
  let whole = false;
  let url = location.href;
  /** Reading the page, or waiting for the background's answer. */
  let busy = false;
  /**
   * The background's verdict on the whole page, once it has it: `no`, a trigger term but no
   * possible story (everything the page adds goes to the screen); `none`, turned away by the
   * pre-filter (what the page adds goes there only when it opens the gate).
   */
  let verdict: 'no' | 'none' | null = null;
  /** After an answer: stop (the page side took over, or the extension is gone), or go on. */
  const settle = (answer: TriggerAnswer | undefined | null) => {
    busy = false;
    if (answer === 'go' || answer === undefined) return stop();
    if (answer === 'resend') return void readWholePage(true);
    if (answer === 'no' || answer === 'none') {
      verdict = answer;
      watchShown();
    }
    // What the page added meanwhile waits for its own check.
    if (pending.length) scheduler.poke();
  };
  /**
   * Once the page has had a trigger term: what it shows later by an attribute (`hidden` or a
   * hiding style taken off, a dialog opened), which the text read so far left out as the
   * extraction does, counts as added. (A page whose gate stayed closed cannot hide a
   * trigger term: the gate read its hidden text too.)
   */
  let revealsWatched = false;
  const watchShown = () => {
    if (revealsWatched) return;
    revealsWatched = true;
    watchReveals(signal, (shown) => {
      pending.push(...shown);
      scheduler.poke();
    });
  };
  const check = () => {
    if (busy || signal.aborted) return;
    const moved = location.href !== url;
    url = location.href;
    if (whole || moved) {
      whole = false;
      pending = [];
      return void readWholePage();
    }
    const added = pending.filter((n) => n.isConnected);
    pending = [];
    // the gate reads the plain text, unless the page has had a trigger term already ('no')
    if (verdict !== 'no' && !mayMatch(added.map((n) => n.textContent ?? '').join('\n'))) return;
    // the background gets the whole page, not only what it added (or more than one message
    // holds); the gate opened, so its parts need no test
    if (verdict === null) return void readWholePage(true);
    // what the page added goes marked where its text nodes begin, as the whole page does
    const marked = markedText(added);
    if (!unmark(marked).text.trim()) return;
    if (marked.length > MAX_TRIGGER_CHARS) return void readWholePage(true);
    busy = true;
    void sendText(marked, false, false).then(settle);
  };
  const readWholePage = async (matched = false) => {
    const body = document.body;
    if (!body) return;
    busy = true;
    verdict = null;
    settle(await screenPage(body, mayMatch, signal, sendText, matched));
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
