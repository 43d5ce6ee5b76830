/**
 * The pre-filter at run time: the only detection code the always-on trigger script
 * carries. It tests a page's raw text against regular expressions worked out at build
 * time (trigger.ts `triggerSource`): literal alternatives, so no backtracking. Stems of
 * scripts that separate words must start a word ("putin" in "computing" is no trigger);
 * the occurrences of such a stem are walked until one does. Invisible characters inside a
 * word (soft hyphens, zero-width, combining accents) are stripped and the test repeated
 * only when the first test fails and such characters are present.
 */

/** The pre-filter as plain data (regular-expression sources), shipped ready. */
export interface TriggerSource {
  /** Each stage is tested only when its gate (if any) matches. */
  stages: Array<{
    gate?: string;
    /** Stems that may match anywhere (unspaced scripts, clitics, terms written `*stem`). */
    free?: string;
    /** Stems that must start a word. */
    anchored?: string;
  }>;
  /** Character class of what the detector drops inside words (soft hyphen, zero-width…). */
  invisible: string;
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

function anchoredHit(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (startsWord(text, m.index)) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** `mayMatch` from a prepared source: false means "certainly no story". */
export function triggerFrom(source: TriggerSource): (text: string) => boolean {
  const stages = source.stages.map(({ gate, free, anchored }) => ({
    gate: gate ? new RegExp(gate) : null,
    free: free ? new RegExp(free, 'i') : null,
    anchored: anchored ? new RegExp(anchored, 'gi') : null,
  }));
  const invisible = new RegExp(source.invisible);
  const invisibleAll = new RegExp(source.invisible, 'g');
  const test = (text: string) =>
    stages.some(
      (s) =>
        (!s.gate || s.gate.test(text)) &&
        ((s.free !== null && s.free.test(text)) ||
          (s.anchored !== null && anchoredHit(s.anchored, text))),
    );
  return (text) => test(text) || (invisible.test(text) && test(text.replace(invisibleAll, '')));
}
