/**
 * The pre-filter at run time, in the background, on the raw text the trigger's gate let
 * through (trigger-gate.ts). It tests a page's raw text against the trigger terms' stems, prepared at build
 * time (trigger.ts `triggerSource`) in the detector's folded spelling:
 *
 * 1. Latin stems as plain literals, on every page (no character classes: V8 scans an
 *    alternation of literals several times faster);
 * 2. the same stems with every accented letter the detector folds (Pútín, Novgoród),
 *    only when the page has such a letter;
 * 3. Cyrillic stems with their variants, only when the page has Cyrillic letters;
 * 4. the other scripts' stems, only when one of their first letters occurs.
 *
 * Expressions 2–4 are built on first need, so a page in English compiles one. Stems of
 * scripts that separate words must start a word ("putin" in "computing" is no trigger);
 * the occurrences of such a stem are walked until one does. A phrase's words are word
 * beginnings ("президентск резиденци"), each followed by the rest of its word and up to
 * PHRASE_GAP other words before the next. A phrase is looked for by its anchor — its
 * longest word, chosen at build time — so the fast expression holds "residence", not the
 * "state" or "den" that most pages contain; only when an anchor occurs is the text searched
 * for that anchor's phrases. Invisible characters inside a word (soft hyphens, zero-width,
 * combining accents) are stripped and the test repeated, only when the first test fails and
 * such characters are present.
 */

import * as fold from './fold';
import { startsWord } from './trigger-gate';

/**
 * The stems of one script, arranged at build time: those that must start a word, and
 * those that need not, each list longest head first. An entry is a single-word stem
 * ("putin"), or one anchor's phrases: the anchor, a space, and the phrases separated by
 * `|`, each writing its anchor as ANCHOR ("residence ^ etat|state ^").
 */
export interface TriggerStems {
  anchored: string[];
  free: string[];
}

/** Stands for the anchor in its phrases (a stem holds folded letters and spaces only). */
export const ANCHOR = '^';

/** The pre-filter as plain data, shipped ready. */
export interface TriggerSource {
  latin: TriggerStems;
  cyrillic: TriggerStems;
  other: TriggerStems;
  /** Folded letter → the other characters the detector reads as that letter. */
  variants: Record<string, string>;
  /** Character class of what the detector drops inside words (soft hyphen, zero-width…). */
  invisible: string;
  /** Character classes that open the later stages: the accented forms of the Latin stems'
   * letters, and the other scripts' first letters (worked out at build time: case-mapping
   * hundreds of characters costs a page's first run milliseconds). */
  gates: { accented: string; other: string };
}

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/;
const escape = (c: string) => (SPECIAL.test(c) ? `\\${c}` : c);

/**
 * The letters of each script whose phrases the pre-filter tests whole (Latin first): the
 * range a phrase's first character falls in, and the ranges of its script's letters,
 * less what the detector reads as a separator (× in Latin-1, ، in Arabic, । in the Indic
 * scripts: see `letterClass`).
 */
const SCRIPT_LETTERS: ReadonlyArray<
  readonly [number, number, ReadonlyArray<readonly [number, number]>]
> = [
  [0x0000, 0x024f, [[0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff]]], // Latin, and Vietnamese letters
  [0x0370, 0x03ff, [[0x370, 0x3ff], [0x1f00, 0x1fff]]], // Greek, and polytonic letters
  [0x0400, 0x052f, [[0x400, 0x52f]]], // Cyrillic
  [0x0530, 0x058f, [[0x530, 0x58f]]], // Armenian
  [0x0590, 0x05ff, [[0x590, 0x5ff]]], // Hebrew
  [0x0600, 0x077f, [[0x600, 0x77f]]], // Arabic
  [0x0900, 0x0dff, [[0x900, 0xdff]]], // the Indic scripts
  [0x10a0, 0x10ff, [[0x10a0, 0x10ff], [0x1c90, 0x1cbf]]], // Georgian, and its capitals
  [0x0e00, 0x0eff, [[0xe00, 0xeff]]], // Thai, Lao
  [0x1000, 0x109f, [[0x1000, 0x109f]]], // Myanmar
  [0x1200, 0x139f, [[0x1200, 0x139f]]], // Ethiopic
  [0x1780, 0x17ff, [[0x1780, 0x17ff]]], // Khmer
  [0x1800, 0x18af, [[0x1800, 0x18af]]], // Mongolian
  [0xac00, 0xd7af, [[0x1100, 0x11ff], [0x3130, 0x318f], [0xac00, 0xd7af]]], // Hangul
];

const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const letterClasses = new Map<number, string>();

/**
 * A script's letters as the inside of a character class: its ranges without the
 * characters the detector folds to a separator or a sentence stop, so a phrase's words
 * stay apart in the pre-filter wherever they do in the detector ("dolgije×borodi").
 */
function letterClass(script: (typeof SCRIPT_LETTERS)[number]): string {
  const known = letterClasses.get(script[0]);
  if (known !== undefined) return known;
  let out = '';
  for (const [a, b] of script[2]) {
    let from = -1;
    for (let c = a; c <= b + 1; c++) {
      const letter = c <= b && !isSeparator(c);
      if (letter && from < 0) from = c;
      if (!letter && from >= 0) {
        out += from === c - 1 ? hex4(from) : `${hex4(from)}-${hex4(c - 1)}`;
        from = -1;
      }
    }
  }
  letterClasses.set(script[0], out);
  return out;
}

const isSeparator = (c: number) => {
  const f = fold.foldCode(c);
  return f === fold.SEP || f === fold.STOP;
};

/** True when a phrase starting with this character can stand whole in the pre-filter. */
export const knowsPhrasesOf = (first: number) =>
  SCRIPT_LETTERS.some(([a, b]) => first >= a && first <= b);

/** Words that may stand between two words of a phrase stem ("residence [of the russian] president"). */
export const PHRASE_GAP = 3;

/**
 * After a phrase word: the rest of the word (letters of the phrase's script, digits), up
 * to PHRASE_GAP other words, and at least one other character — the detector folds such
 * runs to one space. Letters and the rest are disjoint classes, and the expression is
 * only tried where a phrase's first word stands (see `finder`), so it stays cheap.
 */
function betweenFor(first: number): string {
  const letters = letterClass(SCRIPT_LETTERS.find(([a, b]) => first >= a && first <= b)!);
  const letter = `[0-9${letters}]`;
  const other = `[^0-9${letters}]`;
  return `${letter}*(?:${other}+${letter}+){0,${PHRASE_GAP}}${other}+`;
}

/** One stem as a regular-expression source: each letter alone, or as the class of its variants. */
function form(stem: string, variants: Record<string, string> | null): string {
  const between = stem.includes(' ') ? betweenFor(stem.charCodeAt(0)) : '';
  // the common case, on every page: a plain stem without variants is its own expression
  if (!variants && !SPECIAL.test(stem)) return between ? stem.split(' ').join(between) : stem;
  let out = '';
  for (const c of stem) {
    const more = variants?.[c];
    out +=
      c === ' ' ? between : more ? `[${escape(c)}${[...more].map(escape).join('')}]` : escape(c);
  }
  return out;
}

/**
 * One script's heads ready to test. `find` is an alternation of the heads (longest first,
 * so a hit is the longest head there), which V8 scans fast. Its occurrences are walked:
 * a single-word stem (at a word start, if it must be) ends the test; an anchor found is
 * noted, and only when no stem was found are the noted anchors' phrases searched for in
 * the whole text, with expressions built on first need (one expression of every phrase
 * would cost a page tens of milliseconds to compile).
 */
interface Finder {
  /** The heads that must start a word, and those that need not. */
  find: RegExp | null;
  findFree: RegExp | null;
  /** True when a single-word stem matches at `index`, where `find` matched `matched`;
   * adds the phrase anchors that match there to `anchors`. */
  at(text: string, index: number, matched: string, anchors: Set<string>): boolean;
  /** The phrases of an anchor, as one expression. */
  phrases(anchor: string): RegExp;
}

/** A character as a case-insensitive expression without the `u` flag compares it. */
export function caseFold(c: string): string {
  const u = c.toUpperCase();
  return u.length === 1 && !(c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) ? u : c;
}

/** A string as the case-insensitive expressions compare it (see `caseFold`). */
function asCompared(s: string): string {
  // ASCII alone: one native call (most heads, most hits)
  if (!/[^\0-\x7f]/.test(s)) return s.toUpperCase();
  let out = '';
  for (const c of s) out += caseFold(c);
  return out;
}

const headOf = (entry: string) => {
  const space = entry.indexOf(' ');
  return space < 0 ? entry : entry.slice(0, space);
};

/** The alternation of a list's heads (see `Finder`) as expression source; null when empty. */
export const headAlternation = (list: string[], variants: Record<string, string> | null) =>
  list.length ? list.map((e) => form(headOf(e), variants)).join('|') : null;

/** The Cyrillic letters: they open the Cyrillic stage. */
export const CYRILLIC = '[\\u0400-\\u052f]';

function finder(stems: TriggerStems, variants: Record<string, string> | null): Finder | null {
  const all = [...stems.anchored, ...stems.free];
  if (!all.length) return null;
  const alternation = (list: string[]) => {
    const source = headAlternation(list, variants);
    return source === null ? null : new RegExp(source, 'gi');
  };
  // What checks a hit, built at the first one (most pages never get there).
  let index: ReturnType<typeof hitIndex> | undefined;
  const hitIndex = () => {
    // each head as compared → its entries (a single-word stem, or an anchor's phrases)
    const entries = new Map<string, string[]>();
    for (const e of all) {
      const key = asCompared(headOf(e));
      const list = entries.get(key);
      if (list) list.push(e);
      else entries.set(key, [e]);
    }
    // must start a word: the heads of no entry that need not
    const free = new Set(stems.free.map((e) => asCompared(headOf(e))));
    const anchored = new Set(
      stems.anchored.map((e) => asCompared(headOf(e))).filter((h) => !free.has(h)),
    );
    // a variant letter as compared → its folded letter as compared (é, É → E)
    const base = new Map<string, string>();
    for (const letter in variants ?? {})
      for (const v of variants![letter]!) base.set(caseFold(v), caseFold(letter));
    return { entries, anchored, base, built: new Map<string, RegExp>() };
  };
  return {
    find: alternation(stems.anchored),
    findFree: alternation(stems.free),
    at(text, at, matched, anchors) {
      index ??= hitIndex();
      const { entries, anchored, base } = index;
      let key = variants ? '' : asCompared(matched);
      if (variants) for (const c of matched) key += base.get(caseFold(c)) ?? caseFold(c);
      let wordStart: boolean | undefined;
      // the heads that match here: `find` found the longest, the others are its beginnings
      for (let n = key.length; n > 0; n--) {
        const head = key.slice(0, n);
        const list = entries.get(head);
        if (!list) continue;
        if (anchored.has(head) && !(wordStart ??= startsWord(text, at))) continue;
        for (const e of list) {
          if (!e.includes(' ')) return true; // a single-word stem
          anchors.add(headOf(e));
        }
      }
      return false;
    },
    phrases(anchor) {
      const { entries, built } = (index ??= hitIndex());
      let re = built.get(anchor);
      if (!re) {
        const phrases = entries
          .get(asCompared(anchor))!
          .filter((e) => e.includes(' '))
          .flatMap((e) => e.slice(anchor.length + 1).split('|'))
          .map((p) => form(p.replace(ANCHOR, anchor), variants));
        built.set(anchor, (re = new RegExp(phrases.join('|'), 'i')));
      }
      return re;
    },
  };
}

/**
 * Walks the occurrences of `f.find` until a single-word stem matches (at a word start, if
 * it must); then searches the text for the phrases of the anchors it passed.
 */
function hit(f: Finder | null, text: string): boolean {
  if (!f) return false;
  const anchors = new Set<string>();
  const walk = (re: RegExp | null, anchored: boolean) => {
    if (!re) return false;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if ((!anchored || startsWord(text, m.index)) && f.at(text, m.index, m[0], anchors))
        return true;
      re.lastIndex = m.index + 1;
    }
    return false;
  };
  if (walk(f.find, true) || walk(f.findFree, false)) return true;
  for (const a of anchors) if (f.phrases(a).test(text)) return true;
  return false;
}

/** `mayMatch` from a prepared source: false means "certainly no story". */
export function triggerFrom(source: TriggerSource): (text: string) => boolean {
  const { latin, other, gates } = source;
  const plain = finder(latin, null);
  const lazy = (stems: TriggerStems, gate: string | null) => {
    const gateRe = gate ? new RegExp(gate) : null;
    let compiled: Finder | null | undefined;
    return (text: string) => {
      if (!stems.anchored.length && !stems.free.length) return false;
      if (gateRe && !gateRe.test(text)) return false;
      if (compiled === undefined) compiled = finder(stems, source.variants);
      return hit(compiled, text);
    };
  };
  const stages = [
    (text: string) => hit(plain, text),
    lazy(latin, gates.accented),
    lazy(source.cyrillic, CYRILLIC),
    lazy(other, gates.other),
  ];
  const invisible = new RegExp(source.invisible);
  const invisibleAll = new RegExp(source.invisible, 'g');
  const test = (text: string) => stages.some((stage) => stage(text));
  // Turkish İ needs nothing of its own: it is one of i's variants (the accented stage).
  return (text) => {
    if (test(text)) return true;
    return invisible.test(text) && test(text.replace(invisibleAll, ''));
  };
}
