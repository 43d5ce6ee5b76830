/**
 * The always-on trigger: reads the page's text once and tests the gate
 * (lib/detect/trigger-gate.ts). Closed: nothing else happens and no extension API is
 * touched; the script then only watches what the page adds (a live blog, a client-side
 * navigation) and tests that text alone. Open: the page's raw text goes to the background,
 * which runs the pre-filter and the screen (lib/detect/screen.ts) on it: when the text
 * could hold a story, the background starts the page side here (extraction in short
 * slices, detection off the page's thread) and this script stops; when it cannot, this
 * script sends what the page adds from then on, and the page is spared the extraction.
 */
import type { TriggerAnswer } from '../../lib/messages';
import { MAX_SCREEN_CHARS, MAX_TRIGGER_CHARS } from '../../lib/trigger-limit';
import { watchPage } from '../../lib/page-watch';
import { createScheduler, DEFAULT_SCHEDULE } from '../../lib/schedule';
import { setTriggerStop, triggerWatching } from '../../lib/page-flags';
import { extensionAlive, send } from '../../extension/runtime-link';
import { readTitle } from '../../lib/extract/page-meta';
import { markedParts, TEXT_BREAK, unmark } from '../../lib/text-breaks';
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
/** What a part or message keeps of the text before it: a term or phrase straddling two
 * still matches (the background's screen repeats as much between its pieces). */
const OVERLAP = 300;
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

/** The text of added nodes, each marked where its text nodes begin (lib/text-breaks.ts). */
const markedText = (nodes: readonly Node[]) =>
  nodes.map((n) => [...markedParts(n)].join('')).join('\n');

/** Sends text to the background; undefined when the extension is gone. */
type Sender = (
  text: string,
  fresh: boolean,
  more: boolean,
  unscreened?: boolean,
) => Promise<TriggerAnswer | undefined>;

/**
 * Tests the text under `root` with the gate (at once on an ordinary page, in slices on a
 * huge one); once it opens, reads the page again marked where its text nodes begin (lib/
 * text-breaks.ts: the background's screen then counts a term only where the extraction
 * could start a word) and sends that to the background, in messages of at most
 * MAX_TRIGGER_CHARS, each repeating the end of the one before (a term cut in two still
 * counts) and each in its own task. A page with more than MAX_SCREEN_CHARS of text asks
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
  let tail = '';
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
    for (const part of textParts(root)) {
      matched = mayMatch(tail + part);
      tail = part.slice(-OVERLAP);
      if (matched) break;
      if (due() && (await pause())) return null;
    }
    if (!matched) return null;
  }
  const read: string[] = [TEXT_BREAK + title + '\n'];
  let size = read[0]!.length;
  for (const part of markedParts(root)) {
    read.push(part);
    size += part.length;
    if (size > MAX_SCREEN_CHARS) return sendText('', true, false, true);
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
    carry = text.slice(-OVERLAP);
    if (await pause()) return null;
    const answer = await sendText(text, fresh, read.length > 0);
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

  const sendText: Sender = async (text, fresh, more, unscreened) => {
    // The extension may have been updated or disabled since this script started.
    if (signal.aborted || !extensionAlive()) return undefined;
    return send<TriggerAnswer>({
      type: 'factline:trigger',
      text,
      fresh,
      ...(more ? { more } : {}),
      ...(unscreened ? { unscreened } : {}),
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
    if (answer === 'no' || answer === 'none') verdict = answer;
    // What the page added meanwhile waits for its own check.
    if (pending.length) scheduler.poke();
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
