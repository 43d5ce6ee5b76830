/**
 * The gate: all the detection code the always-on trigger script carries. It lets a page
 * on to the background's pre-filter (trigger-test.ts) when the pre-filter could accept
 * it, and it costs a page without any trigger word one regular expression of the Latin
 * heads and two character classes:
 *
 * - a Latin head — a single-word stem, or the anchor of phrases (its first letters, see
 *   `GATE_HEAD` below) — standing at a word start (the pre-filter's first stage without
 *   its phrase check: "president" lets a page on, "computing" does not);
 * - the same on the text with its accents taken off (NFD, combining marks dropped) and its
 *   invisible characters dropped — or made spaces — only when it has such characters: the
 *   pre-filter's accented stage and its second try ("Pútín", "Pu\u00ADtin");
 * - any character the other stages look for: a Cyrillic letter, the first letter of another
 *   script's stem, or a variant of a Latin letter that taking accents off does not turn into
 *   it (ø, ł, đ, ı…).
 *
 * So the gate never turns away a page the pre-filter accepts (tests/unit/detect/
 * trigger-exact.test.ts), and the pre-filter's data (phrases, variants, other scripts),
 * its building and its phrase expressions stay out of every page (measured in Chromium:
 * evaluating that data alone cost a page ~1.8 ms of CPU, the whole pre-filter ~8 ms more
 * than a one-line content script).
 */

/** The gate as plain data, worked out at build time (trigger.ts `gateSource`). */
export interface GateSource {
  /** Alternation of the Latin heads that must start a word (the pre-filter's `find`). */
  anchored: string | null;
  /** Alternation of the Latin heads that need not. */
  free: string | null;
  /** Character class that opens the gate by itself (the other stages' characters). */
  open: string;
  /** Character class of what the heads are looked for again without: accented forms of
   * the heads' letters, invisible characters. */
  fold: string;
  /** Character class of the characters the second look drops or makes spaces. */
  invisible: string;
}

/**
 * How much of a Latin head the gate looks for. A shorter expression is cheaper to compile:
 * in Chromium, on a 30 KB page, the 130 whole heads cost 2.5–3.8 ms of CPU more than a
 * four-word expression, the 97 left after dropping those another head begins 2.0–2.5 ms,
 * their first ten letters (96) ~1.5 ms (±1 ms between runs). Eight letters would make
 * "residentie" open the gate on every English "residents". A page with a head has its
 * beginning too, so the gate still lets through whatever the pre-filter accepts.
 */
export const GATE_HEAD = 10;

/** The combining marks NFD splits off accented Latin letters. */
export const MARKS = '[\\u0300-\\u036f]';

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

/**
 * True when position `i` of `text` may start a word: after a character of no word, or at a
 * capital right after a small letter — raw `textContent` runs two elements' words together
 * ("Lire aussiValdaï", a list of links), where the extraction starts a word.
 */
export function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const low = text.charCodeAt(i - 1);
  // The character before may be an astral one (a surrogate pair).
  const ch = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
  if (!isWordChar(ch)) return true;
  const next = text[i]!;
  return ch !== ch.toUpperCase() && next !== next.toLowerCase();
}

/** True when `re` (global) matches in `text`, at a word start if `anchored`. */
export function matchesAt(re: RegExp, text: string, anchored: boolean): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!anchored || startsWord(text, m.index)) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/**
 * Where raw text may start a word without a regular expression's `\b` there: a capital
 * after a small Latin letter ("aussiValdaï"), or a letter after "_". Everywhere else a
 * Latin head at a word start (startsWord) has `\b` before it: its first letter is ASCII,
 * and any other character before it is no ASCII word character.
 */
const JOINS = /[a-z_][A-Z]|_[a-z]/g;

/** The gate from its prepared source: false means the pre-filter would turn the text away. */
export function gateFrom(source: GateSource): (text: string) => boolean {
  // One scan for the characters that open the gate (group 1) or call for a second look.
  const chars = new RegExp(`(${source.open})|(?:${source.fold})`);
  const open = new RegExp(source.open);
  // `\b` first: the alternation of heads is tried only where a word may start (measured
  // in Node on 5 MB of plain text: 7 ms instead of 20)
  const anchored = source.anchored === null ? null : new RegExp(`\\b(?:${source.anchored})`, 'gi');
  const free = source.free === null ? null : new RegExp(source.free, 'gi');
  // A head at a join: the heads' own expression on the next few letters, where `\b` holds
  // (a join's second character is an ASCII letter). Not a second expression of the heads
  // compiled for this: that alone cost every page ~0.35 ms (Node, cold).
  const headAt = (text: string, at: number) => {
    anchored!.lastIndex = 0;
    return anchored!.exec(text.slice(at, at + GATE_HEAD))?.index === 0;
  };
  const joined = (text: string) => {
    JOINS.lastIndex = 0;
    for (let m = JOINS.exec(text); m; m = JOINS.exec(text)) {
      const at = m.index + 1;
      if (headAt(text, at) && startsWord(text, at)) return true;
      JOINS.lastIndex = at;
    }
    return false;
  };
  const heads = (text: string) =>
    (anchored !== null && (matchesAt(anchored, text, true) || joined(text))) ||
    (free !== null && matchesAt(free, text, false));
  let marks: RegExp | undefined;
  let invisible: RegExp | undefined;
  return (text) => {
    const found = chars.exec(text);
    if (found?.[1] !== undefined || heads(text)) return true;
    if (!found) return false;
    // an accented letter or an invisible character came first: an opening one may follow
    if (open.test(text.slice(found.index))) return true;
    marks ??= new RegExp(MARKS, 'g');
    invisible ??= new RegExp(source.invisible, 'g');
    const bare = text.normalize('NFD').replace(marks, '');
    // an invisible character may sit inside a word ("Pu\u00ADtin") or stand for a space
    return heads(bare.replace(invisible, '')) || heads(bare.replace(invisible, ' '));
  };
}
