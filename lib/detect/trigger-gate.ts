/**
 * The gate: all the detection code the always-on trigger script carries. It lets a page
 * on to the background's pre-filter (trigger-test.ts) when the pre-filter could accept
 * it, and it costs a page without any trigger word one regular expression of the Latin
 * heads and one character class:
 *
 * - a Latin head — a single-word stem, or the anchor of phrases — standing at a word start
 *   (the pre-filter's first stage without its phrase check: "president" lets a page on,
 *   "computing" does not);
 * - any character the pre-filter's later stages or its second try look for: an accented
 *   form of a Latin stem's letter, a Cyrillic letter, the first letter of another script's
 *   stem, an invisible character inside a word.
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
  /** Character class of every character that opens a later stage of the pre-filter. */
  any: string;
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
export function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const low = text.charCodeAt(i - 1);
  // The character before may be an astral one (a surrogate pair).
  const ch = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1]!;
  return !isWordChar(ch);
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

/** The gate from its prepared source: false means the pre-filter would turn the text away. */
export function gateFrom(source: GateSource): (text: string) => boolean {
  const any = new RegExp(source.any);
  const anchored = source.anchored === null ? null : new RegExp(source.anchored, 'gi');
  const free = source.free === null ? null : new RegExp(source.free, 'gi');
  return (text) =>
    any.test(text) ||
    (anchored !== null && matchesAt(anchored, text, true)) ||
    (free !== null && matchesAt(free, text, false));
}
