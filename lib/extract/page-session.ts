/**
 * A page's text blocks, kept up to date as the page changes. The first extraction
 * walks the page in slices (the caller yields between them, so even a 5 MB page
 * never holds the main thread for long); after that, only what DOM mutations touched
 * is walked again: added block-level elements, or the nearest block around an edited
 * text or inline change. Every block has an id that stays the same while its text
 * does, so a receiver that already has a block is never sent it again.
 */
import type { BlockKind, PageText } from '../page-text';
import type { BlockSegments } from './offset-map';
import { readMeta, kindsOf, MAX_CHARS, MAX_NODES } from './extract-page-text';
import { readTitle } from './page-meta';
import { isBlockTag } from './element-rules';
import { type BlockSite } from './refine-kinds';
import { enter, newWalkState, type Ctx, type WalkState } from './walk-context';
import { skipped, TOP_CTX, Walk } from './walk';

export interface SessionBlock {
  readonly id: number;
  readonly text: string;
  readonly site: BlockSite;
  readonly segments: BlockSegments;
}

export interface SessionOptions {
  /** Tag name of our own UI host element: skipped, and its insertion is no change. */
  hostTag?: string;
  /** The page keeps at most this many characters of blocks, the first in document order. */
  maxChars?: number;
  /** One walk visits at most this many nodes. */
  maxNodes?: number;
}

/**
 * What a receiver needs to bring its copy of the blocks up to date. All strings: a
 * message of a few strings crosses to the background far cheaper than one of
 * thousands of small values (lib/detect/block-store.ts decodes it).
 */
export interface BlockUpdate {
  /** Every block id, in document order: base-36, comma-separated. */
  order: string;
  /** Kind of each block of `order`, one letter each: h(eadline) m(ain) c(hrome) o(ther). */
  kinds: string;
  /** The blocks the receiver does not have yet: ids and text lengths (base-36, comma-separated), texts joined. */
  added: { ids: string; lengths: string; text: string };
}

export const KIND_LETTER: Record<BlockKind, string> = {
  headline: 'h',
  main: 'm',
  chrome: 'c',
  other: 'o',
};
export const LETTER_KIND: Record<string, BlockKind> = {
  h: 'headline',
  m: 'main',
  c: 'chrome',
  o: 'other',
};

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;
const DOCUMENT_POSITION_PRECEDING = 2;
const DOCUMENT_POSITION_CONTAINED_BY = 16;

/** Text beyond the spaces the extraction folds (block-builder.ts): a no-break space is text. */
const TEXT = /[^ \t\n\r\f]/;

/** A node that adds no page text where it is inserted or removed: whitespace, a comment, a script, an empty element. */
function textless(node: Node, hostTag: string | undefined): boolean {
  if (node.nodeType === COMMENT_NODE) return true;
  if (node.nodeType === TEXT_NODE) return !TEXT.test((node as Text).data);
  if (node.nodeType !== ELEMENT_NODE) return true;
  return skipped(node as Element, hostTag) || !TEXT.test(node.textContent ?? '');
}

/** A node whose insertion or removal changes only its own blocks: a block-level element. */
const isBlockElement = (node: Node): boolean =>
  node.nodeType === ELEMENT_NODE && isBlockTag((node as Element).localName);

export class PageSession {
  private list: SessionBlock[] = [];
  private kinds: BlockKind[] = [];
  private byFirst = new Map<Text, SessionBlock>();
  private state: WalkState = newWalkState();
  private nextId = 1;
  private total = 0;
  private meta: Omit<PageText, 'blocks'> = {};
  private readonly hostTag: string | undefined;
  private readonly maxChars: number;
  private readonly maxNodes: number;
  /** True when a cap left part of the page out. */
  truncated = false;

  constructor(
    private readonly doc: Document,
    options: SessionOptions = {},
  ) {
    this.hostTag = options.hostTag?.toLowerCase();
    this.maxChars = options.maxChars ?? MAX_CHARS;
    this.maxNodes = options.maxNodes ?? MAX_NODES;
  }

  /** The blocks in document order. */
  get blocks(): readonly SessionBlock[] {
    return this.list;
  }

  /** The page as the detector reads it. */
  pageText(): PageText {
    return {
      blocks: this.list.map((b, i) => ({ text: b.text, kind: this.kinds[i]! })),
      ...this.meta,
    };
  }

  /** Title, language and publication date as last read. */
  pageMeta(): Omit<PageText, 'blocks'> {
    return this.meta;
  }

  /** The block with this id, if the page still has it. */
  block(id: number): SessionBlock | undefined {
    return this.list.find((b) => b.id === id);
  }

  /** Index of a block id in document order, or -1. */
  indexOf(id: number): number {
    return this.list.findIndex((b) => b.id === id);
  }

  /**
   * (Re-)extracts the whole page from scratch. `pause` is awaited whenever the current
   * slice has run `sliceMs`; `now` is the clock (performance.now by default).
   */
  async extractAll(
    pause: () => Promise<void>,
    sliceMs = 8,
    now: () => number = () => performance.now(),
  ): Promise<void> {
    for (;;) {
      this.reset();
      const walk = new Walk(this.doc, this.doc, TOP_CTX, this.state, this.limits(this.maxChars));
      let sliceStart = now();
      let restart = false;
      while (!walk.run(() => now() - sliceStart >= sliceMs)) {
        await pause();
        sliceStart = now();
        // The page removed the part being walked: start again rather than stop early.
        if (!walk.attached()) {
          restart = true;
          break;
        }
      }
      if (restart) continue;
      for (const b of walk.builder.blocks) this.push(this.list.length, b.text, b.meta, b.segments);
      this.truncated = walk.truncated;
      this.meta = readMeta(this.doc);
      this.refine();
      return;
    }
  }

  /** Synchronous extractAll (tests, small pages). */
  extractAllNow(): void {
    this.reset();
    const walk = new Walk(this.doc, this.doc, TOP_CTX, this.state, this.limits(this.maxChars));
    walk.run();
    for (const b of walk.builder.blocks) this.push(this.list.length, b.text, b.meta, b.segments);
    this.truncated = walk.truncated;
    this.meta = readMeta(this.doc);
    this.refine();
  }

  /**
   * Brings the blocks up to date after DOM mutations, walking only what they touched, and
   * after parts an attribute showed (`shown`: page-watch.ts `watchReveals`), whose text the
   * walk left out while hidden. Returns true when the blocks or their kinds changed.
   */
  applyMutations(records: readonly MutationRecord[], shown: readonly Element[] = []): boolean {
    const roots = new Set<Element>();
    let removals = false;
    /** Nodes a record took out that are in the page again: moved (their record putting them back walks them there). */
    const moved: Node[] = [];
    // what this round put in or showed: looked past when looking for loose text beside a change
    const changed = new Set<Node>(shown);
    for (const r of records) for (const n of r.addedNodes) changed.add(n);
    for (const el of shown) {
      // a block shown between loose text splits that text: the block around both is walked
      const parent = el.parentElement;
      const split =
        isBlockElement(el) && this.looseBeside(el.previousSibling, el.nextSibling, parent, changed);
      const around = split && parent ? parent : el;
      const root = this.blockAround(around);
      if (root) roots.add(root);
    }
    for (const r of records) {
      if (r.type === 'characterData') {
        const root = this.blockAround(r.target);
        if (root) roots.add(root);
        continue;
      }
      if (r.type !== 'childList') continue;
      const textful = (n: Node) => !textless(n, this.hostTag);
      const added = [...r.addedNodes].filter(textful);
      const removed = [...r.removedNodes].filter(textful);
      if (r.removedNodes.length) removals = true;
      for (const n of removed) if (n.isConnected) moved.push(n);
      if (added.length === 0 && removed.length === 0) {
        // what holds no text (a space, a <br>, an empty block) still splits or joins the
        // loose text on both sides of it; a comment, an empty text node or what the walk
        // skips (a script, a hidden element, our host) does not
        const spacing = (n: Node) =>
          n.nodeType === TEXT_NODE
            ? (n as Text).data.length > 0
            : n.nodeType === ELEMENT_NODE && !skipped(n as Element, this.hostTag);
        if ([...r.addedNodes, ...r.removedNodes].some(spacing) && this.looseAround(r, changed)) {
          const root = this.blockAround(r.target);
          if (root) roots.add(root);
        }
        continue;
      }
      if (
        added.every(isBlockElement) &&
        removed.every(isBlockElement) &&
        !this.looseAround(r, changed)
      ) {
        for (const n of added) roots.add(n as Element);
      } else {
        const root = this.blockAround(r.target);
        if (root) roots.add(root);
      }
    }
    const idsBefore = this.ids();
    const kindsBefore = this.kinds;
    // Blocks taken out in this round, by text: a text that comes back keeps its id.
    const reusable = new Map<string, number[]>();
    if (removals) this.dropDetached(reusable, moved);
    for (const root of outermost(roots)) this.rewalk(root, reusable);
    this.keepWithinCap();
    this.title();
    this.refine();
    return !sameList(idsBefore, this.ids()) || !sameList(kindsBefore, this.kinds);
  }

  /** The update that brings a receiver holding `known` block ids up to date. */
  updateFor(known: ReadonlySet<number>): BlockUpdate {
    let kinds = '';
    for (const k of this.kinds) kinds += KIND_LETTER[k];
    const ids: string[] = [];
    const lengths: string[] = [];
    const texts: string[] = [];
    for (const b of this.list) {
      if (known.has(b.id)) continue;
      ids.push(b.id.toString(36));
      lengths.push(b.text.length.toString(36));
      texts.push(b.text);
    }
    return {
      order: this.list.map((b) => b.id.toString(36)).join(','),
      kinds,
      added: { ids: ids.join(','), lengths: lengths.join(','), text: texts.join('') },
    };
  }

  /** Ids of every block, in document order. */
  ids(): number[] {
    return this.list.map((b) => b.id);
  }

  private reset(): void {
    this.list = [];
    this.kinds = [];
    this.byFirst.clear();
    this.state = newWalkState();
    this.total = 0;
  }

  private limits(maxChars: number) {
    return { maxChars, maxNodes: this.maxNodes, hostTag: this.hostTag };
  }

  private push(
    at: number,
    text: string,
    site: BlockSite,
    segments: BlockSegments,
    id = this.nextId++,
  ): void {
    const block: SessionBlock = { id, text, site, segments };
    const first = segments.node[0]!;
    // The same text seen again (moved in the page): the old copy goes.
    const old = this.byFirst.get(first);
    if (old) {
      const i = this.list.indexOf(old);
      if (i >= 0) {
        this.removeAt(i);
        if (i < at) at--;
      }
    }
    this.list.splice(at, 0, block);
    this.kinds.splice(at, 0, site.kind);
    this.byFirst.set(first, block);
    this.total += text.length;
  }

  private removeAt(i: number): SessionBlock | undefined {
    const [b] = this.list.splice(i, 1);
    this.kinds.splice(i, 1);
    if (!b) return undefined;
    this.total -= b.text.length;
    const first = b.segments.node[0]!;
    if (this.byFirst.get(first) === b) this.byFirst.delete(first);
    return b;
  }

  /**
   * Blocks with a text node that left the page, or that sits in a node the page moved: the
   * list keeps page order, so a moved block goes here and comes back where it now stands.
   */
  private dropDetached(reusable: Map<string, number[]>, moved: readonly Node[]): void {
    const gone = (n: Node) => !n.isConnected || moved.some((m) => m.contains(n));
    for (let i = this.list.length - 1; i >= 0; i--) {
      if (this.list[i]!.segments.node.some(gone)) keep(reusable, this.removeAt(i)!);
    }
  }

  /**
   * True when loose text (text outside any block child) stands both before `prev`'s end
   * of a change and after `next`'s, past what holds no text, what the walk skips and what
   * this round put in or showed: the extraction splits loose text around each block, so a
   * block put in, taken out or shown there splits or joins it (with a block on one side,
   * the text on the other was ended there already). Only the neighbours count: a live
   * blog's container of thousands of posts is not read through for each post put in (that
   * cost the 30 posts of the bench's live blog ~100 ms when the whole container was looked
   * through).
   */
  private looseBeside(
    prev: Node | null,
    next: Node | null,
    parent: Node | null,
    changed: ReadonlySet<Node>,
  ): boolean {
    return (
      this.looseFrom(prev, 'previousSibling', parent, changed) &&
      this.looseFrom(next, 'nextSibling', parent, changed)
    );
  }

  /** From `node` on in one direction, in `parent` and past the ends of inline parents. */
  private looseFrom(
    node: Node | null,
    step: 'previousSibling' | 'nextSibling',
    parent: Node | null,
    changed: ReadonlySet<Node>,
  ): boolean {
    for (;;) {
      for (let n = node; n; n = n[step]) {
        // what this round put in or showed is looked past: the text before it counts
        if (changed.has(n)) continue;
        if (n.nodeType === TEXT_NODE) {
          if (TEXT.test((n as Text).data)) return true;
        } else if (n.nodeType === ELEMENT_NODE && !skipped(n as Element, this.hostTag)) {
          // a block ends the text whatever it holds; an inline element with text is loose
          if (isBlockElement(n)) return false;
          if (TEXT.test(n.textContent ?? '')) return true;
        }
      }
      // at the end of an inline element the text beside it is next (a block in a <span>)
      if (!parent || parent.nodeType !== ELEMENT_NODE || isBlockElement(parent)) return false;
      node = parent[step];
      parent = parent.parentNode;
    }
  }

  /**
   * looseBeside for a childList record: beside each node it put in that is still there;
   * where it took nodes out, between the siblings it names while they still stand side by
   * side in its target. When it names none (a DOM that does not say) or the page moved or
   * took them since (a framework's comment anchors, the next block taken out too): any
   * loose text in the target.
   */
  private looseAround(r: MutationRecord, changed: ReadonlySet<Node>): boolean {
    for (const n of r.addedNodes) {
      if (
        n.parentNode === r.target &&
        this.looseBeside(n.previousSibling, n.nextSibling, r.target, changed)
      )
        return true;
    }
    if (r.removedNodes.length === 0) return false;
    const prev = r.previousSibling;
    const next = r.nextSibling;
    // side by side still, or with only what this record put in between (a replacement)
    const put = new Set(r.addedNodes);
    let after = prev ? prev.nextSibling : r.target.firstChild;
    while (after && put.has(after)) after = after.nextSibling;
    const inTarget = (n: Node | null) => n === null || n.parentNode === r.target;
    if (inTarget(prev) && inTarget(next) && after === next)
      return this.looseBeside(prev, next, r.target, changed);
    if (!isBlockElement(r.target)) return true;
    for (let n = r.target.firstChild; n; n = n.nextSibling) {
      if (!isBlockElement(n) && !textless(n, this.hostTag)) return true;
    }
    return false;
  }

  /**
   * The element to walk again for a change at `node`: its nearest block-level element.
   * null when the change is outside the page text (our host, a skipped subtree, detached).
   */
  private blockAround(node: Node): Element | null {
    let el: Element | null =
      node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    while (el && !isBlockTag(el.localName)) {
      if (skipped(el, this.hostTag)) return null;
      el = el.parentElement;
    }
    return el?.isConnected && !skipped(el, this.hostTag) ? el : null;
  }

  /** The context `root`'s parent opens, or null when an ancestor hides it from the page text. */
  private parentContext(root: Element): Ctx | null {
    const chain: Element[] = [];
    for (let el = root.parentElement; el; el = el.parentElement) chain.push(el);
    let ctx = TOP_CTX;
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      if (skipped(el, this.hostTag)) return null;
      ctx = enter(el, ctx, this.state);
    }
    return ctx;
  }

  /** Index of the first block that does not precede `root` in document order. */
  private positionOf(root: Element): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const pos = root.compareDocumentPosition(this.list[mid]!.segments.node[0]!);
      if (pos & DOCUMENT_POSITION_PRECEDING) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Walks `root` again: its old blocks go, its current ones come in their place. */
  private rewalk(root: Element, reusable: Map<string, number[]>): void {
    if (!root.isConnected) return;
    let at = this.positionOf(root);
    while (at < this.list.length) {
      const pos = root.compareDocumentPosition(this.list[at]!.segments.node[0]!);
      if (!(pos & DOCUMENT_POSITION_CONTAINED_BY)) break;
      keep(reusable, this.removeAt(at)!);
    }
    const parent = this.parentContext(root);
    if (!parent) return;
    const walk = new Walk(this.doc, root, parent, this.state, this.limits(this.maxChars));
    walk.run();
    for (const b of walk.builder.blocks) {
      this.push(at, b.text, b.meta, b.segments, reusable.get(b.text)?.shift());
      at = this.list.indexOf(this.byFirst.get(b.segments.node[0]!)!) + 1;
    }
    if (walk.truncated) this.truncated = true;
  }

  /** The page keeps its first `maxChars` characters: blocks at the end go first. */
  private keepWithinCap(): void {
    while (this.total > this.maxChars && this.list.length > 0) {
      this.removeAt(this.list.length - 1);
      this.truncated = true;
    }
  }

  private title(): void {
    let title: string | undefined;
    try {
      title = readTitle(this.doc);
    } catch {
      title = undefined;
    }
    if (title) this.meta = { ...this.meta, title };
    else if (this.meta.title) {
      const { title: _gone, ...rest } = this.meta;
      this.meta = rest;
    }
  }

  private refine(): void {
    this.kinds = kindsOf(
      this.list.map((b) => b.site),
      this.list.map((b) => b.text),
      this.state,
      this.meta.title,
    );
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function keep(reusable: Map<string, number[]>, b: SessionBlock): void {
  const ids = reusable.get(b.text);
  if (ids) ids.push(b.id);
  else reusable.set(b.text, [b.id]);
}

/** The roots not inside another root. */
function outermost(roots: Set<Element>): Element[] {
  const list = [...roots];
  return list.filter((r) => !list.some((o) => o !== r && o.contains(r)));
}
