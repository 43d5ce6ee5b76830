/**
 * Raw page text with its breaks: where one text node ends and the next begins. Raw
 * `textContent` runs the words of two elements together ("WorldEuropeMoscow says…"),
 * so a screen on it (lib/detect/screen.ts) had to count a term wherever it stood, even
 * inside another word ("meta" in "timetable", "dom" in "freedom"), and most war news
 * passed it. The extraction only ever starts a word where the raw text does, or where
 * one text node ends and another begins (a block's edge); marked with TEXT_BREAK, the
 * screen can count a term only there and still never rule out what the detector finds.
 *
 * The trigger marks the text it sends (`markedParts`); the background takes the marks
 * out (`unmark`) before anything reads the text. No imports: the always-on trigger
 * carries this.
 */

/** Stands before every text node's text (a control character; one in a page's own text
 * is sent as a space, which the detector reads it as). */
export const TEXT_BREAK = '\u001f';

const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
/** Text nodes per part: the caller looks at the clock between parts. */
const NODES_PER_PART = 1000;

/**
 * The text under `root` (or of `root`, a text node) as `textContent` would give it, with
 * TEXT_BREAK before each text node's text, in parts of NODES_PER_PART text nodes. A
 * TEXT_BREAK the page's own text holds becomes a space (the detector reads it as one).
 */
export function* markedParts(root: Node): Generator<string> {
  if (root.nodeType === TEXT_NODE) {
    yield TEXT_BREAK + own((root as Text).data);
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let part: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    part.push(own((node as Text).data));
    if (part.length >= NODES_PER_PART) {
      yield TEXT_BREAK + part.join(TEXT_BREAK);
      part = [];
    }
  }
  if (part.length) yield TEXT_BREAK + part.join(TEXT_BREAK);
}

/** A text node's text with any TEXT_BREAK of its own made a space. */
const own = (data: string) => (data.includes(TEXT_BREAK) ? data.split(TEXT_BREAK).join(' ') : data);

/** Marked text without its marks, and where they stood (offsets in the text returned, ascending). */
export function unmark(marked: string): { text: string; breaks: number[] | null } {
  if (!marked.includes(TEXT_BREAK)) return { text: marked, breaks: null };
  const pieces = marked.split(TEXT_BREAK);
  const breaks: number[] = [];
  let at = 0;
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) breaks.push(at);
    at += pieces[i]!.length;
  }
  return { text: pieces.join(''), breaks };
}
