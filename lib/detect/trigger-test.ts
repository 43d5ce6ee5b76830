/**
 * The pre-filter at run time: the only detection code the always-on trigger script
 * carries. It tests a page's raw text against the trigger terms' stems, prepared at build
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
 * PHRASE_GAP other words before the next. Invisible characters inside a word (soft hyphens, zero-width, combining
 * accents) are stripped and the test repeated, only when the first test fails and such
 * characters are present.
 */

/** The stems of one script: those that must start a word, and those that need not. */
export interface TriggerStems {
  anchored: string[];
  free: string[];
}

/** The pre-filter as plain data, shipped ready. */
export interface TriggerSource {
  latin: TriggerStems;
  cyrillic: TriggerStems;
  other: TriggerStems;
  /** Folded letter → the other characters the detector reads as that letter. */
  variants: Record<string, string>;
  /** Character class of what the detector drops inside words (soft hyphen, zero-width…). */
  invisible: string;
}

const escape = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);

/** The letters of each script whose phrases the pre-filter tests whole (Latin first). */
const SCRIPT_LETTERS: ReadonlyArray<readonly [number, number, string]> = [
  [0x0000, 0x024f, 'a-z\\u00c0-\\u024f\\u1e00-\\u1eff'], // Latin, and Vietnamese letters
  [0x0370, 0x03ff, '\\u0370-\\u03ff\\u1f00-\\u1fff'], // Greek, and polytonic letters
  [0x0400, 0x052f, '\\u0400-\\u052f'], // Cyrillic
  [0x0530, 0x058f, '\\u0530-\\u058f'], // Armenian
  [0x0590, 0x05ff, '\\u0590-\\u05ff'], // Hebrew
  [0x0600, 0x077f, '\\u0600-\\u077f'], // Arabic
  [0x0900, 0x0dff, '\\u0900-\\u0dff'], // the Indic scripts
  [0x10a0, 0x10ff, '\\u10a0-\\u10ff\\u1c90-\\u1cbf'], // Georgian, and its capitals
  [0x0e00, 0x0eff, '\\u0e00-\\u0eff'], // Thai, Lao
  [0x1000, 0x109f, '\\u1000-\\u109f'], // Myanmar
  [0x1200, 0x139f, '\\u1200-\\u139f'], // Ethiopic
  [0x1780, 0x17ff, '\\u1780-\\u17ff'], // Khmer
  [0x1800, 0x18af, '\\u1800-\\u18af'], // Mongolian
  [0xac00, 0xd7af, '\\u1100-\\u11ff\\u3130-\\u318f\\uac00-\\ud7af'], // Hangul
];

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
  const script = SCRIPT_LETTERS.find(([a, b]) => first >= a && first <= b)!;
  const letter = `[0-9${script[2]}]`;
  const other = `[^0-9${script[2]}]`;
  return `${letter}*(?:${other}+${letter}+){0,${PHRASE_GAP}}${other}+`;
}

/** One stem as a regular-expression source: each letter alone, or as the class of its variants. */
function form(stem: string, variants: Record<string, string> | null): string {
  const between = stem.includes(' ') ? betweenFor(stem.charCodeAt(0)) : '';
  let out = '';
  for (const c of stem) {
    const more = variants?.[c];
    out +=
      c === ' ' ? between : more ? `[${escape(c)}${[...more].map(escape).join('')}]` : escape(c);
  }
  return out;
}

/**
 * One list of stems ready to test. `find` is an alternation of the single-word stems and
 * of the phrases' first words, which V8 scans fast; a phrase is checked only where its
 * first word occurs, by `whole` (sticky, built on first need): a long alternation with
 * classes between the words is several hundred times slower when scanned over a page.
 */
interface Finder {
  find: RegExp;
  /** Must start a word. */
  anchored: boolean;
  /** Every stem, words and phrases, tested at one position; null when there are no phrases. */
  whole: (() => RegExp) | null;
}

function finder(
  list: string[],
  anchored: boolean,
  variants: Record<string, string> | null,
): Finder | null {
  if (!list.length) return null;
  const alternation = (stems: string[]) => stems.map((st) => form(st, variants)).join('|');
  const phrases = list.filter((st) => st.includes(' '));
  const firsts = phrases.map((st) => st.slice(0, st.indexOf(' ')));
  const find = [...new Set([...list.filter((st) => !st.includes(' ')), ...firsts])];
  let whole: RegExp | undefined;
  return {
    find: new RegExp(alternation(find), 'gi'),
    anchored,
    whole: phrases.length ? () => (whole ??= new RegExp(alternation(list), 'iy')) : null,
  };
}

interface Compiled {
  anchored: Finder | null;
  free: Finder | null;
}

function compileStems(stems: TriggerStems, variants: Record<string, string> | null): Compiled {
  return {
    anchored: finder(stems.anchored, true, variants),
    free: finder(stems.free, false, variants),
  };
}

/**
 * A letter (of a script with case), a digit or a combining accent before a stem means it
 * sits inside a word. No Unicode property escapes: compiling one costs a cold page
 * milliseconds. A caseless letter before a stem counts as a word start, which can only
 * let a page through, never turn one away.
 */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (c >= 0x0300 && c <= 0x036f) return true;
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** True when position `i` of `text` starts a word. */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const low = text.charCodeAt(i - 1);
  // The character before may be an astral one (a surrogate pair).
  const ch = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
  return !isWordChar(ch);
}

/** Walks the occurrences of `f.find` until one starts a word (if it must) and a whole stem matches there. */
function found(f: Finder | null, text: string): boolean {
  if (!f) return false;
  const re = f.find;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!f.anchored || startsWord(text, m.index)) {
      if (!f.whole) return true;
      const whole = f.whole();
      whole.lastIndex = m.index;
      if (whole.test(text)) return true;
    }
    re.lastIndex = m.index + 1;
  }
  return false;
}

const hit = (c: Compiled, text: string) => found(c.free, text) || found(c.anchored, text);

/** Turkish capital dotted İ does not match i case-insensitively: the stems with it too. */
function withDottedI(stems: TriggerStems): TriggerStems {
  const dotted = (list: string[]) => [
    ...list,
    ...list.filter((s) => s.includes('i')).map((s) => s.replace(/i/g, 'İ')),
  ];
  return { anchored: dotted(stems.anchored), free: dotted(stems.free) };
}

/** A class of the given characters in both cases (a gate is tested without the `i` flag). */
function classOf(chars: string[]): string {
  const all = new Set(chars.flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]));
  return all.size ? `[${[...all].map(escape).join('')}]` : '[]';
}

/** `mayMatch` from a prepared source: false means "certainly no story". */
export function triggerFrom(source: TriggerSource): (text: string) => boolean {
  const { latin, other, variants } = source;
  const more = (c: string) => [...(variants[c] ?? '')];
  // accented Latin letters that fold into the stems' letters; the other scripts' first letters
  const stemLetters = new Set([...latin.anchored, ...latin.free].join('').replace(/ /g, ''));
  const accentedGate = classOf([...stemLetters].flatMap(more));
  const otherGate = classOf(
    [...other.anchored, ...other.free].flatMap((st) => [st[0]!, ...more(st[0]!)]),
  );
  const plain = compileStems(withDottedI(latin), null);
  const lazy = (stems: TriggerStems, gate: string | null) => {
    const gateRe = gate ? new RegExp(gate) : null;
    let compiled: Compiled | undefined;
    return (text: string) => {
      if (!stems.anchored.length && !stems.free.length) return false;
      if (gateRe && !gateRe.test(text)) return false;
      compiled ??= compileStems(stems, source.variants);
      return hit(compiled, text);
    };
  };
  const stages = [
    (text: string) => hit(plain, text),
    lazy(latin, accentedGate),
    lazy(source.cyrillic, '[\\u0400-\\u052f]'),
    lazy(other, otherGate),
  ];
  const invisible = new RegExp(source.invisible);
  const invisibleAll = new RegExp(source.invisible, 'g');
  const test = (text: string) => stages.some((stage) => stage(text));
  return (text) => test(text) || (invisible.test(text) && test(text.replace(invisibleAll, '')));
}
