/**
 * Accumulates text nodes into blocks, collapsing whitespace the way a reader
 * sees it while recording, in an OffsetMap, where every kept character came from.
 */
import { emptyOffsetMap, type OffsetMap } from './offset-map';

/** CSS collapsible whitespace only: space, tab, LF, CR, FF. NBSP, soft hyphens and zero-width characters stay in the text. */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 12;
}

export class BlockBuilder<Meta> {
  readonly texts: string[] = [];
  readonly metas: Meta[] = [];
  readonly map: OffsetMap = emptyOffsetMap();
  /** Characters kept in finished blocks and the open one. */
  total = 0;

  private parts: string[] = [];
  private length = 0;
  /** True at block start and after a space: further whitespace is swallowed. */
  private afterSpace = true;
  private lastNode: Text | null = null;
  private lastNodeEnd = 0;
  private meta: Meta | null = null;

  /** Appends (a prefix of) a text node. In `pre` text, a blank line ends the block. */
  add(node: Text, data: string, meta: Meta, pre: boolean): void {
    const n = data.length;
    let i = 0;
    while (i < n) {
      let j = i;
      while (j < n && !isCollapsible(data.charCodeAt(j))) j++;
      if (j > i) {
        this.emit(node, i, data.slice(i, j), meta);
        this.afterSpace = false;
      }
      if (j >= n) break;
      let k = j;
      let newlines = 0;
      for (; k < n; k++) {
        const c = data.charCodeAt(k);
        if (!isCollapsible(c)) break;
        if (c === 10) newlines++;
      }
      if (pre && newlines >= 2) this.flush();
      else if (!this.afterSpace) {
        this.emit(node, j, ' ', meta);
        this.afterSpace = true;
      }
      i = k;
    }
  }

  private emit(node: Text, offset: number, s: string, meta: Meta): void {
    if (this.length === 0) this.meta = meta;
    if (node !== this.lastNode || offset !== this.lastNodeEnd) {
      const m = this.map;
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
    const m = this.map;
    const first = m.blockStart[m.blockStart.length - 1]!;
    let text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      this.total -= 1;
      // A segment holding only the trailing space goes too.
      if (m.textStart.length > first && m.textStart[m.textStart.length - 1]! >= text.length) {
        this.truncateSegments(m.textStart.length - 1);
      }
    }
    if (text.length > 0 && this.meta !== null) {
      this.texts.push(text);
      this.metas.push(this.meta);
      m.blockLength.push(text.length);
      m.blockStart.push(m.textStart.length);
    } else {
      this.truncateSegments(first);
    }
    this.parts = [];
    this.length = 0;
    this.afterSpace = true;
    this.lastNode = null;
    this.meta = null;
  }

  private truncateSegments(count: number): void {
    const m = this.map;
    m.textStart.length = count;
    m.node.length = count;
    m.nodeOffset.length = count;
    m.nodeLength.length = count;
  }
}
