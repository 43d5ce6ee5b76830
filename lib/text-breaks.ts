/**
 * Raw page text with its breaks: where one text node ends and the next begins. Raw
 * `textContent` runs the words of two elements together ("WorldEuropeMoscow says…"),
 * so a screen on it (lib/detect/screen.ts) had to count a term wherever it stood, even
 * inside another word ("meta" in "timetable", "dom" in "freedom"), and most war news
 * passed it. The extraction only ever starts a word where the raw text does, or where
 * one text node ends and another begins (a block's edge); marked with TEXT_BREAK, the
 * screen can count a term only there and still never rule out what the detector finds.
 * Marked BLOCK_BREAK where the extraction starts a block, and without the text it leaves
 * out, the background can also read the raw text as the extraction's words
 * (lib/detect/raw-page.ts) and run the detector itself on it.
 *
 * The trigger marks the text it sends (`markedParts`); the background takes the marks
 * out (`unmark`) before anything reads the text. One import, small: the always-on trigger
 * carries this, with the extraction's own rules of which elements start a block and which
 * it leaves out, so that the marks and the extraction agree.
 */
import { isBlockTag, isHeadlineProp, isSkipped, landmarkOf } from './extract/element-rules';

/** Stands before a text node's text when the node before it shares its block (a
 * control character; one in a page's own text is sent as a space, which the detector reads
 * it as). */
export const TEXT_BREAK = '\u001f';
/** Stands before a text node's text instead where the extraction starts a block. */
export const BLOCK_BREAK = '\u001e';

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Text nodes per part: the caller looks at the clock between parts. */
const NODES_PER_PART = 250;

/**
 * The text under `root` (or of `root`, a text node) as the extraction reads it: without
 * the subtrees it leaves out (lib/extract/element-rules.ts `isSkipped`: scripts, styles,
 * hidden parts, controls), each text node's text after TEXT_BREAK, or after BLOCK_BREAK
 * where the extraction may start a block before it (an element `setsApart` opened, closed
 * or passed since the text node before: <p>, <li>, <br>, <hr>, a related link…), in parts
 * of NODES_PER_PART text nodes. Either mark the page's own text holds becomes a space (the
 * detector reads it as one).
 */
export function* markedParts(root: Node): Generator<string> {
  const top = root.nodeType === ELEMENT_NODE ? (root as Element) : root.parentElement;
  if (top && leftOut(top)) return;
  if (root.nodeType === TEXT_NODE) {
    yield BLOCK_BREAK + own((root as Text).data);
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let part: string[] = [];
  /** The nearest block element above the last text node. */
  let block: Node | null = null;
  /** A block element was passed since the last text node. */
  let edge = true;
  let node = walker.nextNode();
  while (node) {
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.localName;
      // (the card's host holds no text of its own: its shadow root is not walked)
      if (isSkipped(el, tag, undefined)) {
        node = pastSubtree(walker);
        continue;
      }
      edge ||= setsApart(el, tag);
    } else if (node.nodeType === TEXT_NODE) {
      let up = node.parentElement;
      while (up && up !== root && !setsApart(up, up.localName)) up = up.parentElement;
      part.push((edge || up !== block ? BLOCK_BREAK : TEXT_BREAK) + own((node as Text).data));
      block = up;
      edge = false;
      if (part.length >= NODES_PER_PART) {
        yield part.join('');
        part = [];
      }
    }
    node = walker.nextNode();
  }
  if (part.length) yield part.join('');
}

/**
 * Whether the extraction may start a block at `el` (lib/extract/walk-context.ts `enter`): a
 * block element, or an inline one that may change the kind of the text (a landmark, a
 * related link by its class, a headline by its itemprop). Where the context makes the
 * extraction keep such an inline element in the block around it, a block here only parts
 * words the element's own edges part.
 */
function setsApart(el: Element, tag: string): boolean {
  return isBlockTag(tag) || landmarkOf(el, tag, false) !== null || isHeadlineProp(el);
}

/** The walker's next node outside the subtree of its current one. */
function pastSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const next = walker.nextSibling();
    if (next) return next;
    if (!walker.parentNode()) return null;
  }
}

/** Whether the extraction leaves `el`'s text out: it or an element above it is skipped. */
function leftOut(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isSkipped(e, e.localName, undefined)) return true;
  }
  return false;
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
