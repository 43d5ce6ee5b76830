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
 * and whether the whole page came.
 */
const screens = new Map<
  number,
  {
    url: string;
    screen: Screen | null;
    held: Array<{ text: string; breaks: number[] | null }>;
    triggered: boolean;
    whole: boolean;
  }
>();

function getDetector(): CompiledDetector {
  return (detector ??= compile(storyRules, { everyTerm: true }));
}

/**
 * What the gate let through (its raw text, in parts) before the page side is started:
 * `go` when the pre-filter accepts the page's text and the screen (lib/detect/screen.ts)
 * finds that it could hold a story (a cold worker builds the rules for it first: ~100 ms
 * of the worker's time, which the page's detection needs anyway, against the page side's
 * extraction on every look-alike page opened after the worker stopped); `no` when it
 * cannot (yet: the trigger sends what the page adds); `none`
 * when the pre-filter turns it away (the trigger sends what the page adds only when that
 * opens its gate); `more` for a part with more to come; `resend` when the text it adds to
 * is gone, or when such an addition has a trigger term (the screen needs the whole page).
 * A page too big to send (`unscreened`) gets the page side, as before the screen.
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
    entry = { url, screen: null, held: [], triggered: false, whole: false };
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
  if (entry.triggered) {
    if (!entry.screen) {
      entry.screen = d.screen();
      for (const part of entry.held) entry.screen.add(part.text, part.breaks);
      entry.held = [];
    }
    entry.screen.add(text, breaks);
    if (entry.screen.possible()) {
      screens.delete(tabId);
      return 'go';
    }
  } else {
    entry.held.push({ text, breaks });
  }
  if (msg.more) return 'more';
  entry.whole = true;
  entry.held = [];
  return entry.triggered ? 'no' : 'none';
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
