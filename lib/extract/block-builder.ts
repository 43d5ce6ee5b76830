/**
 * Accumulates text nodes into blocks, collapsing whitespace the way a reader
 * sees it while recording, per block, where every kept character came from.
 */
import type { BlockSegments } from './offset-map';

// CSS collapsible whitespace only: space, tab, LF, CR, FF. NBSP, soft hyphens and
// zero-width characters stay in the text.
/** A run that reads as one space: any run with a tab, newline or form feed, or two or more spaces. */
const RUN = /[ \t\n\r\f]*[\t\n\r\f][ \t\n\r\f]*| {2,}/g;
/** Whitespace at the start of a text (swallowed at a block start or after a space). */
const LEADING = /^[ \t\n\r\f]+/y;

function countNewlines(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; i++) if (run.charCodeAt(i) === 10) n++;
  return n;
}

/** A finished block: its text, what its first text sat in (meta) and its segments. */
export interface BuiltBlock<Meta> {
  text: string;
  meta: Meta;
  segments: BlockSegments;
}

interface OpenSegments {
  textStart: number[];
  node: Text[];
  nodeOffset: number[];
  nodeLength: number[];
}

const emptySegments = (): OpenSegments => ({
  textStart: [],
  node: [],
  nodeOffset: [],
  nodeLength: [],
});

export class BlockBuilder<Meta> {
  readonly blocks: BuiltBlock<Meta>[] = [];
  /** Characters kept in finished blocks and the open one. */
  total = 0;

  private parts: string[] = [];
  private length = 0;
  /** True at block start and after a space: further whitespace is swallowed. */
  private afterSpace = true;
  private lastNode: Text | null = null;
  private lastNodeEnd = 0;
  private meta: Meta | null = null;
  private segs: OpenSegments = emptySegments();

  /** Appends (a prefix of) a text node. In `pre` text, a blank line ends the block. */
  add(node: Text, data: string, meta: Meta, pre: boolean): void {
    // Most text needs no collapsing: words with single spaces. Native regular expressions
    // find the few runs that do, so cold code never loops over every character.
    let from = 0;
    if (this.afterSpace) {
      LEADING.lastIndex = 0;
      const lead = LEADING.exec(data);
      from = lead ? lead[0].length : 0;
      if (pre && lead && countNewlines(lead[0]) >= 2) this.flush();
    }
    RUN.lastIndex = from;
    for (let m = RUN.exec(data); m !== null; m = RUN.exec(data)) {
      const at = m.index;
      if (at > from) this.emit(node, from, data.slice(from, at), meta);
      const run = m[0];
      if (pre && countNewlines(run) >= 2) this.flush();
      else if (at > from || !this.afterSpace) {
        this.emit(node, at, ' ', meta);
        this.afterSpace = true;
      }
      from = at + run.length;
    }
    if (from < data.length) {
      this.emit(node, from, data.slice(from), meta);
      this.afterSpace = data.charCodeAt(data.length - 1) === 32;
    }
  }

  private emit(node: Text, offset: number, s: string, meta: Meta): void {
    if (this.length === 0) this.meta = meta;
    if (s !== ' ') this.afterSpace = false;
    if (node !== this.lastNode || offset !== this.lastNodeEnd) {
      const m = this.segs;
      m.textStart.push(this.length);
      m.node.push(node);
      m.nodeOffset.push(offset);
      m.nodeLength.push(node.data.length);
    }
    this.parts.push(s);
    this.length += s.length;
    this.total += s.length;
    this.lastNode = node;
    this.lastNodeEnd = offset + s.length;
  }

  /** Ends the open block; a block with no visible text is dropped. */
  flush(): void {
    const m = this.segs;
    let text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      this.total -= 1;
      // A segment holding only the trailing space goes too.
      if (m.textStart.length > 0 && m.textStart[m.textStart.length - 1]! >= text.length) {
        m.textStart.pop();
        m.node.pop();
        m.nodeOffset.pop();
        m.nodeLength.pop();
      }
    }
    if (text.length > 0 && this.meta !== null) {
      this.blocks.push({ text, meta: this.meta, segments: { length: text.length, ...m } });
      this.segs = emptySegments();
    } else if (m.textStart.length > 0) {
      this.segs = emptySegments();
    }
    this.parts = [];
    this.length = 0;
    this.afterSpace = true;
    this.lastNode = null;
    this.meta = null;
  }
}
