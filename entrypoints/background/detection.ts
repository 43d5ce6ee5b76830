/**
 * Detection in the background, off the pages' main threads: the compiled rules are
 * kept for the life of the worker (prepared at build time, the automaton built once),
 * and each tab's blocks are kept in a BlockStore, so a page sends each block's text
 * once and afterwards only what changed.
 */
import { storyRules } from '../../data/rules';
import { compile, type CompiledDetector } from '../../lib/detect';
import { BlockStore } from '../../lib/detect/block-store';
import type { Screen } from '../../lib/detect/screen';
import { unmark } from '../../lib/text-breaks';
import { rawPage } from '../../lib/detect/raw-page';
import { MAX_SCREEN_CHARS } from '../../lib/trigger-limit';
import type {
  PageBlocks,
  PageDetection,
  PassageSummary,
  Trigger,
  TriggerAnswer,
} from '../../lib/messages';

const MAX_PASSAGES = 50;
const MAX_PASSAGE_CHARS = 600;

let detector: CompiledDetector | undefined;
const stores = new Map<number, BlockStore>();
/**
 * Per tab, what the trigger sent: the screen, built once the pre-filter accepts some of
 * the text (until then the parts wait in `held`: a page the pre-filter turns away never
 * costs the worker the screen's automaton), whether the pre-filter has accepted any of it,
 * whether the whole page came, and the page's text put back together (`raw`: its parts
 * without the overlap, and where its blocks begin) for the detector's raw reading.
 */
interface TriggerEntry {
  url: string;
  screen: Screen | null;
  held: Array<{ text: string; breaks: number[] | null }>;
  triggered: boolean;
  whole: boolean;
  raw: { parts: string[]; starts: number[]; length: number };
}
const screens = new Map<number, TriggerEntry>();

function getDetector(): CompiledDetector {
  return (detector ??= compile(storyRules, { everyTerm: true }));
}

/**
 * What the gate let through (its raw text, in parts) before the page side is started:
 * `go` when the pre-filter accepts the page's text, the screen (lib/detect/screen.ts) finds
 * that it could hold a story, and the detector reading the raw text as the extraction's
 * words (lib/detect/raw-page.ts: a bound of what any extraction of it can find) finds one;
 * `no` when it cannot (yet: the trigger sends what the page adds, and an addition with any
 * of the rules' terms gets the page side once the screen finds the story possible);
 * `none` when the pre-filter turns it away (the trigger sends what the page adds only when
 * that opens its gate); `more` for a part with more to come; `resend` when the text it adds
 * to is gone, or when such an addition has a trigger term (the screen needs the whole
 * page). A page too big to send (`unscreened`) gets the page side, as before the screen. A
 * cold worker builds the rules first (~100 ms of the worker's time, which the page's
 * detection needs anyway).
 */
export function screenTrigger(tabId: number, url: string, msg: Trigger): TriggerAnswer {
  const d = getDetector();
  if (msg.unscreened) {
    screens.delete(tabId);
    return 'go';
  }
  let entry = screens.get(tabId);
  if (msg.fresh || !entry || entry.url !== url) {
    if (!msg.fresh) return 'resend';
    entry = {
      url,
      screen: null,
      held: [],
      triggered: false,
      whole: false,
      raw: { parts: [], starts: [], length: 0 },
    };
    screens.set(tabId, entry);
  }
  // the text comes marked where its text nodes begin (lib/text-breaks.ts)
  const { text, breaks } = unmark(msg.text);
  if (!entry.triggered) {
    // the parts overlap, so a trigger term cut between two is whole in one of them
    const triggered = d.mayMatch(text);
    // After `none` the page sends only what opened its gate, not all it adds: the screen
    // has not seen the page whole, so a trigger term in it asks for the whole page.
    if (entry.whole) return triggered ? 'resend' : 'none';
    entry.triggered = triggered;
  }
  // what the page adds after the whole page came
  const addition = entry.whole;
  if (!addition) keepRaw(entry, msg.text, msg.repeats ?? null);
  if (entry.triggered) {
    if (!entry.screen) {
      entry.screen = d.screen();
      for (const part of entry.held) entry.screen.add(part.text, part.breaks);
      entry.held = [];
    }
    entry.screen.add(text, breaks);
  } else {
    entry.held.push({ text, breaks });
  }
  if (msg.more) return 'more';
  entry.whole = true;
  entry.held = [];
  const whole = entry.raw;
  // read once: what the page adds is not put back into it
  entry.raw = { parts: [], starts: [], length: 0 };
  if (!entry.triggered) return 'none';
  if (!entry.screen!.possible()) return 'no';
  // The raw reading holds for the page as read at once; what a page adds sits somewhere
  // in it, where only the extraction sees it: an addition with any of the rules' terms
  // gets the page side.
  const go = addition
    ? termsIn(d, text, breaks)
    : whole.length > MAX_SCREEN_CHARS || storyInRaw(d, whole);
  if (!go) return 'no';
  screens.delete(tabId);
  return 'go';
}

/** Whether text holds any of the rules' terms (where a word may start, as the screen counts them). */
function termsIn(d: CompiledDetector, text: string, breaks: number[] | null): boolean {
  const s = d.screen();
  s.add(text, breaks);
  return s.any();
}

/**
 * Adds a part of the page's text to the page's raw text: a part that continues the one
 * before (`repeats` given) without the start it repeats.
 */
function keepRaw(entry: TriggerEntry, marked: string, repeats: number | null): void {
  const raw = entry.raw;
  if (raw.length > MAX_SCREEN_CHARS) return; // the page side will read it
  const { text, blocks } = unmark(repeats === null ? marked : marked.slice(repeats));
  // a part that does not continue another (the held parts before the pre-filter accepted
  // one) starts a block
  if (repeats === null && blocks?.[0] !== 0) raw.starts.push(raw.length);
  for (const b of blocks ?? []) raw.starts.push(raw.length + b);
  raw.parts.push(text);
  raw.length += text.length;
}

/** Whether the detector, reading the page's raw text (raw-page.ts), finds a story. */
function storyInRaw(d: CompiledDetector, raw: TriggerEntry['raw']): boolean {
  return d.couldFind(rawPage('', raw.parts.join(''), raw.starts));
}

/** What the tab's state keeps of a detection (for the badge and the popup). */
export interface DetectionSummary {
  story: string | null;
  strength: 'primary' | 'passing' | null;
  score: number;
  passages: PassageSummary[];
  published?: string;
  lang?: string;
}

/**
 * Applies a page's blocks message and detects. null: the background lacks what the
 * message builds on (the page must send the whole page).
 */
export function detectBlocks(
  tabId: number,
  msg: PageBlocks,
): { answer: PageDetection; summary: DetectionSummary } | null {
  let store = stores.get(tabId);
  if (!store || msg.base === null) {
    store = new BlockStore();
    stores.set(tabId, store);
  }
  if (!store.apply(msg)) return null;
  const page = store.pageText();
  const d = getDetector().detect(page);
  const answer: PageDetection = {
    type: 'factline:detection',
    seq: msg.seq,
    story: d.story,
    strength: d.strength,
    score: d.score,
    passages: d.passages.map((p) => ({
      block: store.blockId(p.block),
      start: p.start,
      end: p.end,
      questions: p.questions,
    })),
    ...(d.lang ? { lang: d.lang } : {}),
    ...(d.signals ? { signals: d.signals } : {}),
  };
  const summary: DetectionSummary = {
    story: d.story,
    strength: d.strength,
    score: d.score,
    passages: d.passages.slice(0, MAX_PASSAGES).map((p) => ({
      text: p.text.slice(0, MAX_PASSAGE_CHARS),
      questions: p.questions.slice(0, 20),
    })),
    ...(page.published ? { published: page.published } : {}),
    ...(page.lang ? { lang: page.lang } : {}),
  };
  return { answer, summary };
}

/** Forgets a tab's blocks (closed, or a new document). */
export function forgetTab(tabId: number): void {
  stores.delete(tabId);
  screens.delete(tabId);
}
