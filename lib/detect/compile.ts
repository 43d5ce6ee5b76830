/**
 * compile(): per story, the cheap trigger now and the term automaton on first use, so
 * a page that fails the pre-filter never pays for building it.
 */
import type { PageText } from '../page-text';
import type { DetectionRules } from './rules-schema';
import type { Detection } from './types';
import { buildMatcher, findHits, screenTerms, type Matcher } from './matcher';
import { createScreen, type Screen, type ScreenTerms } from './screen';
import { buildTrigger, triggerFrom, type TriggerSource } from './trigger';
import { buildLayout } from './layout';
import { evaluate } from './evaluate';
import { collectItems } from './items';
import type { DateGroup } from './date-groups';
import { findPassages } from './passages';

/** What the detector needs of a story pack (a StoryPack satisfies it structurally). */
export interface StoryRules {
  id: string;
  /** Read only once a page passes the pre-filter (the extension parses it lazily). */
  detection: DetectionRules;
  /** The pre-filter worked out in advance (at build time); else it is built from the rules. */
  trigger?: TriggerSource;
  /** The terms' normalised words, worked out at build time (matcher.ts termWords). */
  words?: readonly string[];
}

export interface CompileOptions {
  /**
   * One automaton of every term, built on first use and kept for all pages (the
   * background); the default builds a small one per page from the terms it can hold.
   */
  everyTerm?: boolean;
}

export interface CompiledDetector {
  /** Cheap pre-filter on raw text (e.g. document.body.textContent): false means "certainly no story". */
  mayMatch(text: string): boolean;
  /** Full detection on extracted page text. */
  detect(page: PageText): Detection;
  /**
   * On a page's raw text (raw-page.ts): whether some extraction of it could find a story
   * (no negative weight counted; the page taken to be published while the story was news).
   * False means detect() finds none on the extracted page.
   */
  couldFind(page: PageText): boolean;
  /** A screen of raw page text (screen.ts): false means detect() cannot find a story there. */
  screen(): Screen;
}

interface CompiledStory {
  story: StoryRules;
  trigger: (text: string) => boolean;
  matcher: Matcher | null;
  /** The matcher's automaton of every term, as screens read it (built on first screen). */
  screenTerms?: ScreenTerms;
  everyTerm: boolean;
}

const NOTHING: Detection = { story: null, strength: null, score: 0, passages: [] };
const RANK = { primary: 2, passing: 1 } as const;

/** Orders detections: strength first, then score (a miss keeps its score for reports). */
const rank = (d: Detection) => (d.strength ? RANK[d.strength] : 0) * 1e6 + d.score;

/** Prepares the stories' rules for repeated detection. */
export function compile(
  stories: readonly StoryRules[],
  { everyTerm = false }: CompileOptions = {},
): CompiledDetector {
  const compiled: CompiledStory[] = stories.map((s) => ({
    story: s,
    trigger: s.trigger ? triggerFrom(s.trigger) : buildTrigger(s.detection),
    matcher: null,
    everyTerm,
  }));
  return {
    mayMatch: (text) => compiled.some((c) => c.trigger(text)),
    detect(page) {
      let best: Detection | null = null;
      for (const c of compiled) {
        const d = detectStory(c, page);
        if (!best || rank(d) > rank(best)) best = d;
      }
      return best ?? { ...NOTHING, passages: [] };
    },
    couldFind: (page) => compiled.some((c) => couldFindStory(c, page)),
    screen() {
      const screens = compiled.map((c) =>
        createScreen(c.story.detection, (c.screenTerms ??= screenTerms(matcherOf(c)))),
      );
      return {
        add: (text, breaks) => screens.forEach((s) => s.add(text, breaks)),
        possible: () => screens.some((s) => s.possible()),
        any: () => screens.some((s) => s.any()),
      };
    },
  };
}

function matcherOf(c: CompiledStory): Matcher {
  return (c.matcher ??= buildMatcher(c.story.detection, {
    everyTerm: c.everyTerm,
    ...(c.story.words ? { words: c.story.words } : {}),
  }));
}

/** The rules' items on a page (null when the gate turns it away), its layout and language. */
function readPage(
  c: CompiledStory,
  page: PageText,
  date: (rules: DetectionRules) => DateGroup | null,
) {
  const rules = c.story.detection;
  // the same gate as mayMatch, so mayMatch(text) === false really means "no story"
  if (!c.trigger([page.title ?? '', ...page.blocks.map((b) => b.text)].join('\n'))) return null;
  const matcher = matcherOf(c);
  const layout = buildLayout(page);
  const hits = findHits(matcher, layout.norm.text);
  const items = collectItems(rules, matcher, hits, layout, date(rules));
  return { rules, items, layout, lang: topLang(hits.langs) };
}

function detectStory(c: CompiledStory, page: PageText): Detection {
  const read = readPage(c, page, (rules) => dateGroup(rules, page.published));
  if (!read) return { ...NOTHING, passages: [] };
  const { rules, items, layout, lang } = read;
  const ev = evaluate(rules, items, layout);
  if (!ev.strength) return { ...NOTHING, score: ev.score, signals: ev.signals, lang };
  const passages = findPassages(rules, items, layout, page, ev.seg, ev.strength === 'primary');
  return {
    story: c.story.id,
    strength: ev.strength,
    score: ev.score,
    passages,
    lang,
    signals: ev.signals,
  };
}

/** Whether some extraction of this raw text could find the story (CompiledDetector.couldFind). */
function couldFindStory(c: CompiledStory, page: PageText): boolean {
  const read = readPage(c, page, (rules) => (rules.recent ? 'recent' : null));
  return read !== null && evaluate(read.rules, read.items, read.layout, false).strength !== null;
}

/** Where the publication date falls relative to the rules' `recent` period. */
function dateGroup(rules: DetectionRules, published: string | undefined): DateGroup | null {
  if (!rules.recent || !published) return null;
  if (published < rules.recent.from) return 'early';
  return published <= rules.recent.to ? 'recent' : null;
}

/** The language whose terms matched most; a term shared by n languages counts 1/n to each. */
function topLang(langs: readonly string[][]): string | undefined {
  const counts = new Map<string, number>();
  for (const list of langs)
    for (const l of list) counts.set(l, (counts.get(l) ?? 0) + 1 / list.length);
  let best: string | undefined;
  for (const [l, n] of counts) if (best === undefined || n > counts.get(best)!) best = l;
  return best;
}
