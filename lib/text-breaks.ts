/**
 * Raw page text with its breaks: where one text node ends and the next begins. Raw
 * `textContent` runs the words of two elements together ("WorldEuropeMoscow says…"),
 * so a screen on it (lib/detect/screen.ts) had to count a term wherever it stood, even
 * inside another word ("meta" in "timetable", "dom" in "freedom"), and most war news
 * passed it. The extraction only ever starts a word where the raw text does, or where
 * one text node ends and another begins (a block's edge); marked with TEXT_BREAK, the
 * screen can count a term only there and still never rule out what the detector finds.
 * Where a text node also starts a block (BLOCK_BREAK), the background can read the raw text
 * as blocks (lib/detect/raw-page.ts) and run the detector itself on it.
 *
 * The trigger marks the text it sends (`markedParts`); the background takes the marks
 * out (`unmark`) before anything reads the text. No imports: the always-on trigger
 * carries this.
 */

/** Stands before a text node's text when the node before it shares its block (a
 * control character; one in a page's own text is sent as a space, which the detector reads
 * it as). */
export const TEXT_BREAK = '\u001f';
/** Stands before a text node's text instead when it starts a block of its own: its
 * nearest element that is not an inline one differs from the text node's before it. */
export const BLOCK_BREAK = '\u001e';

const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
/** Text nodes per part: the caller looks at the clock between parts. */
const NODES_PER_PART = 1000;

/**
 * Elements inside a block of text (a run the extraction never parts). Any other element
 * starts a block here, so a block of the raw text never spans two of the extraction's
 * (lib/extract/element-rules.ts starts one only at its block tags).
 */
const INLINE = new Set(
  (
    'A ABBR B BDI BDO BIG CITE CODE DATA DEL DFN EM FONT I INS KBD LABEL MARK NOBR Q S SAMP ' +
    'SMALL SPAN STRIKE STRONG SUB SUP TIME TT U VAR WBR'
  ).split(' '),
);
/** Elements whose text no reader sees, which the extraction leaves out too. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/**
 * The text under `root` (or of `root`, a text node) as `textContent` would give it without
 * scripts and styles, each text node's text after TEXT_BREAK or, when it starts a block,
 * BLOCK_BREAK, in parts of NODES_PER_PART text nodes. Either mark the page's own text holds
 * becomes a space (the detector reads it as one).
 */
export function* markedParts(root: Node): Generator<string> {
  if (root.nodeType === TEXT_NODE) {
    yield BLOCK_BREAK + own((root as Text).data);
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let part: string[] = [];
  let block: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let parent = node.parentNode;
    if (parent && UNREAD.has(parent.nodeName)) continue;
    while (parent && parent !== root && INLINE.has(parent.nodeName)) parent = parent.parentNode;
    part.push((parent === block ? TEXT_BREAK : BLOCK_BREAK) + own((node as Text).data));
    block = parent;
    if (part.length >= NODES_PER_PART) {
      yield part.join('');
      part = [];
    }
  }
  if (part.length) yield part.join('');
}

/** A text node's text with any mark of its own made a space. */
const own = (data: string) =>
  data.includes(TEXT_BREAK) || data.includes(BLOCK_BREAK) ? data.replace(MARKS, ' ') : data;
const MARKS = new RegExp(`[${BLOCK_BREAK}${TEXT_BREAK}]`, 'g');

/**
 * Marked text without its marks: where each stood (offsets in the text returned,
 * ascending; null for text without marks), and of those, where a block begins.
 */
export function unmark(marked: string): {
  text: string;
  breaks: number[] | null;
  blocks: number[] | null;
} {
  if (!marked.includes(TEXT_BREAK) && !marked.includes(BLOCK_BREAK)) {
    return { text: marked, breaks: null, blocks: null };
  }
  const breaks: number[] = [];
  const blocks: number[] = [];
  const pieces: string[] = [];
  let at = 0;
  let from = 0;
  MARKS.lastIndex = 0;
  for (let m = MARKS.exec(marked); m; m = MARKS.exec(marked)) {
    const piece = marked.slice(from, m.index);
    pieces.push(piece);
    at += piece.length;
    breaks.push(at);
    if (m[0] === BLOCK_BREAK) blocks.push(at);
    from = m.index + 1;
  }
  pieces.push(marked.slice(from));
  return { text: pieces.join(''), breaks, blocks };
}
