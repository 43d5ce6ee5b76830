/**
 * One pass over the page's blocks into a single normalised stream: folded word
 * characters, one ' ' between words, '\n' at sentence and block ends. Every stream
 * character remembers its offset in its block's original text, so passages found in
 * the stream can be reported (and highlighted) on the original.
 */
import * as fold from './fold';

// Local copies: some bundlers (tsx/esbuild for Node) turn imported bindings into getter
// calls, which would cost a call per character in the loop below.
const { DROP, MULTI, SEP, STOP, isUnspaced } = fold;

/**
 * True when a character of normalised text belongs to a word: anything but the space and
 * newline normalising leaves between words, and the letters of scripts without spaces
 * (each of them stands alone). NaN (before the start, past the end) is none.
 */
export const isWordCode = (c: number): boolean =>
  c !== 32 && c !== 10 && !Number.isNaN(c) && !isUnspaced(c);
const foldCode = fold.foldCode;
const foldMulti = fold.foldMulti;

export interface NormText {
  /** The normalised stream. */
  text: string;
  /** For each stream character, its offset in the original text of its block. */
  orig: Uint32Array;
  /** Stream index where each block starts (blocks without words start where the next one does). */
  blockStarts: number[];
  /** Stream index where each sentence starts, ascending. */
  sentenceStarts: number[];
}

const NEWLINE = 10;
const SPACE = 32;

/** After `.`, `!`, `?` or `…`: a sentence ends only before white space, a closing quote or the end. */
function endsSentence(
  src: string,
  i: number,
  code: number,
  wordLen: number,
  lastWasDigit: boolean,
): boolean {
  const isAsciiLike = code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
  if (!isAsciiLike) return true; // 。！？؟ । end a sentence wherever they are
  const next = src.charCodeAt(i + 1);
  const free =
    Number.isNaN(next) ||
    next === 32 ||
    next === 9 ||
    next === 10 ||
    next === 13 ||
    next === 0xa0 ||
    next === 0x22 ||
    next === 0x27 ||
    next === 0x29 ||
    next === 0x201d ||
    next === 0x2019 ||
    next === 0xbb;
  // "U.S. officials", "J. Smith": a one-letter word before a full stop is an abbreviation.
  if (code === 0x2e && wordLen < 2 && !lastWasDigit) return false;
  return free;
}

/** Normalises the blocks (in order) into one stream. */
export function normalize(blocks: readonly string[]): NormText {
  let cap = 1024;
  for (const b of blocks) cap += b.length + 1;
  let out = new Uint16Array(cap);
  let orig = new Uint32Array(cap);
  let n = 0;
  const blockStarts: number[] = [];
  const sentenceStarts: number[] = [0];
  const grow = () => {
    cap *= 2;
    const o2 = new Uint16Array(cap);
    o2.set(out);
    out = o2;
    const m2 = new Uint32Array(cap);
    m2.set(orig);
    orig = m2;
  };

  for (const src of blocks) {
    // 0 none, 1 space, 2 sentence break; block starts begin a new sentence
    let pending = n > 0 ? 2 : 0;
    let pendingAt = 0;
    let wordLen = 0;
    let lastWasDigit = false;
    blockStarts.push(n);
    for (let i = 0; i < src.length; i++) {
      const code = src.charCodeAt(i);
      const f = foldCode(code);
      if (f === DROP) continue;
      if (f === SEP || f === STOP) {
        const brk =
          f === STOP
            ? endsSentence(src, i, code, wordLen, lastWasDigit)
            : code === 10 || code === 13;
        if (pending === 0) pendingAt = i;
        if (brk) pending = 2;
        else if (pending === 0) pending = 1;
        wordLen = 0;
        continue;
      }
      const chars = f === MULTI ? foldMulti(code) : '';
      const count = f === MULTI ? chars.length : 1;
      if (n + count + 2 > cap) grow();
      if (pending !== 0) {
        if (n > 0) {
          out[n] = pending === 2 ? NEWLINE : SPACE;
          orig[n++] = pendingAt;
          if (pending === 2) sentenceStarts.push(n);
        }
        pending = 0;
      }
      if (f === MULTI) {
        for (let k = 0; k < chars.length; k++) {
          out[n] = chars.charCodeAt(k);
          orig[n++] = i;
        }
      } else {
        out[n] = f;
        orig[n++] = i;
      }
      wordLen++;
      lastWasDigit = f >= 48 && f <= 57;
    }
  }
  return { text: decode(out, n), orig: orig.subarray(0, n), blockStarts, sentenceStarts };
}

function decode(buf: Uint16Array, n: number): string {
  let s = '';
  for (let i = 0; i < n; i += 8192) {
    s += String.fromCharCode.apply(
      null,
      buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[],
    );
  }
  return s;
}

/** Normalises a rule term the same way as page text (separators and stops as one space). */
export function normalizeTerm(term: string): string {
  let out = '';
  let sep = false;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    const f = foldCode(code);
    if (f === DROP) continue;
    if (f === SEP || f === STOP) {
      sep = out.length > 0;
      continue;
    }
    if (sep) out += ' ';
    sep = false;
    out += f === MULTI ? foldMulti(code) : String.fromCharCode(f);
  }
  return out;
}

/** Index of the block that stream position `pos` belongs to. */
export function blockAt(norm: NormText, pos: number): number {
  return lastLE(norm.blockStarts, pos);
}

/** Index of the sentence that stream position `pos` belongs to. */
export function sentenceAt(norm: NormText, pos: number): number {
  return lastLE(norm.sentenceStarts, pos);
}

/** Largest i with arr[i] <= x (arr ascending); for empty blocks the last one starting at x. */
function lastLE(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (arr[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
