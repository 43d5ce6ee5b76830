/**
 * One resumable TreeWalker pass over a page or over one changed part of it. It can
 * stop after any number of nodes and go on later (the page side slices its work into
 * short tasks), and it uses nothing but the DOM it is given: no computed style, no
 * globals, so happy-dom, jsdom and Chromium run the same code.
 */
import { BlockBuilder } from './block-builder';
import { isSkipped } from './element-rules';
import { enter, type Ctx, type WalkState } from './walk-context';

// DOM constants as numbers: Node and NodeFilter are not globals under plain Node.js.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/** How many nodes between two looks at the clock. */
const CHECK_EVERY = 128;

/** The context the whole document opens (above <html>). */
export const TOP_CTX: Ctx = {
  kind: 'other',
  provisional: false,
  root: -1,
  para: false,
  heading: false,
  b0: -1,
  b1: -1,
  b2: -1,
  b3: -1,
  strong: false,
  inMain: false,
  pre: false,
  boundary: true,
};

export interface WalkLimits {
  /** Characters this walk may add. */
  maxChars: number;
  /** Nodes this walk may visit. */
  maxNodes: number;
  /** Tag name of our own UI host element: skipped with its subtree. */
  hostTag?: string;
}

/** True when an element (with its subtree) is left out of the page text. */
export const skipped = (el: Element, hostTag: string | undefined): boolean =>
  isSkipped(el, el.localName, hostTag);

export class Walk {
  readonly builder = new BlockBuilder<Ctx>();
  truncated = false;
  done = false;
  private readonly walker: TreeWalker;
  private readonly root: Node;
  /** Open elements and the contexts they opened (parallel). */
  private readonly nodes: Node[];
  private readonly stack: Ctx[];
  private visited = 0;
  /** The current node is a skipped element: the next step goes past its subtree. */
  private skipNext = false;

  /**
   * Walks `root` (a document, or an element whose parent opened `parent`). An element
   * root that is itself skipped yields nothing.
   */
  constructor(
    doc: Document,
    root: Document | Element,
    parent: Ctx,
    private readonly state: WalkState,
    private readonly limits: WalkLimits,
  ) {
    // No filter callback: calling into script for every node costs more than the walk.
    // Skipped subtrees are stepped over in run().
    this.walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
    this.root = root;
    if (root.nodeType === ELEMENT_NODE) {
      if (skipped(root as Element, limits.hostTag)) this.done = true;
      this.stack = [enter(root as Element, parent, state)];
    } else {
      this.stack = [parent];
    }
    this.nodes = [root];
  }

  /** False when the node the walk stopped at has left the page (its next step would end early). */
  attached(): boolean {
    return this.walker.currentNode.isConnected;
  }

  /** Walks on until the end, or until `shouldYield()` (asked every few nodes) says to stop. Returns `done`. */
  run(shouldYield?: () => boolean): boolean {
    if (this.done) return true;
    const { stack, nodes, builder, limits, state } = this;
    const hostTag = limits.hostTag;
    let sinceCheck = 0;
    for (let node = this.next(); node !== null; node = this.next()) {
      this.skipNext = false;
      if (++this.visited > limits.maxNodes) {
        this.truncated = true;
        break;
      }
      // Document order: close every open element that is not this node's parent.
      const parent = node.parentNode;
      while (nodes.length > 1 && nodes[nodes.length - 1] !== parent) {
        nodes.pop();
        const closed = stack.pop()!;
        // Closing an element that opened its own context (a block, a kind change) ends a block.
        if (closed !== stack[stack.length - 1] && closed.boundary) builder.flush();
      }
      const ctx = stack[stack.length - 1]!;
      if (node.nodeType === TEXT_NODE) {
        const data = (node as Text).data;
        const room = limits.maxChars - builder.total;
        if (data.length > room) {
          builder.add(node as Text, data.slice(0, Math.max(0, room)), ctx, ctx.pre);
          this.truncated = true;
          break;
        }
        builder.add(node as Text, data, ctx, ctx.pre);
      } else if (skipped(node as Element, hostTag)) {
        this.skipNext = true;
      } else {
        const child = enter(node as Element, ctx, state);
        if (child !== ctx && child.boundary) builder.flush();
        stack.push(child);
        nodes.push(node);
      }
      if (shouldYield && ++sinceCheck >= CHECK_EVERY) {
        sinceCheck = 0;
        if (shouldYield()) return false;
      }
    }
    builder.flush();
    this.done = true;
    return true;
  }

  /** The next node in document order (past the current node's subtree when it is skipped). */
  private next(): Node | null {
    const w = this.walker;
    if (!this.skipNext) return w.nextNode();
    for (;;) {
      const sibling = w.nextSibling();
      if (sibling) return sibling;
      const up = w.parentNode();
      if (!up || up === this.root) return null;
    }
  }
}
