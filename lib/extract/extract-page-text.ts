/**
 * Page → text blocks in ONE TreeWalker pass. Runs in the always-injected content
 * script, so it is bounded (see the limits below) and uses nothing but the DOM
 * it is given: no computed style, no globals, so happy-dom, jsdom and Chromium
 * run the same code.
 */
import type { PageText } from '../page-text';
import { BlockBuilder } from './block-builder';
import { isSkipped } from './element-rules';
import type { OffsetMap } from './offset-map';
import { readLang, readTitle } from './page-meta';
import { readPublished } from './published-date';
import { refineKinds } from './refine-kinds';
import { enter, type Ctx, type WalkState } from './walk-context';

/**
 * Default caps. 200k characters is ~6× a long article with its page chrome and
 * keeps detection cheap on hostile pages; 150k nodes bounds the walk on pages
 * made of millions of empty elements.
 */
export const MAX_CHARS = 200_000;
export const MAX_NODES = 150_000;

export interface ExtractOptions {
  /** Tag name of our own UI host element (e.g. `factline-card`): skipped with its subtree. */
  skipTag?: string;
  /** Stop after this many characters of block text. */
  maxChars?: number;
  /** Stop after visiting this many nodes. */
  maxNodes?: number;
}

export interface Extracted {
  page: PageText;
  /** Block text offsets → DOM positions; see rangeFor. */
  map: OffsetMap;
  /** True when a cap stopped the walk before the end of the page. */
  truncated: boolean;
}

// DOM constants as numbers: Node and NodeFilter are not globals under plain Node.js.
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;

/** Extracts the page's text blocks, their kinds, metadata and an offset map back to the DOM. */
export function extractPageText(root: Document | Element, options: ExtractOptions = {}): Extracted {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const hostTag = options.skipTag?.toLowerCase();
  const maxChars = options.maxChars ?? MAX_CHARS;
  const maxNodes = options.maxNodes ?? MAX_NODES;
  const state: WalkState = { nextId: 0, seenH1: false, rootParent: [], rootUnderChrome: [] };
  const builder = new BlockBuilder<Ctx>();

  const filter = (node: Node): number =>
    node.nodeType === ELEMENT_NODE &&
    isSkipped(node as Element, (node as Element).localName, hostTag)
      ? FILTER_REJECT
      : FILTER_ACCEPT;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT, filter);

  const top: Ctx = {
    node: root,
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
  const stack: Ctx[] = [root.nodeType === ELEMENT_NODE ? enter(root as Element, top, state) : top];
  let visited = 0;
  let truncated = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++visited > maxNodes) {
      truncated = true;
      break;
    }
    // Document order: close every open element that is not this node's parent.
    const parent = node.parentNode;
    while (stack.length > 1 && stack[stack.length - 1]!.node !== parent) {
      if (stack.pop()!.boundary) builder.flush();
    }
    const ctx = stack[stack.length - 1]!;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const room = maxChars - builder.total;
      if (data.length > room) {
        builder.add(node as Text, data.slice(0, Math.max(0, room)), ctx, ctx.pre);
        truncated = true;
        break;
      }
      builder.add(node as Text, data, ctx, ctx.pre);
    } else {
      const child = enter(node as Element, ctx, state);
      if (child.boundary) builder.flush();
      stack.push(child);
    }
  }
  builder.flush();

  const title = safely(() => readTitle(doc));
  const lang = safely(() => readLang(doc, root));
  const published = safely(() => readPublished(doc));
  const roots = { parent: state.rootParent, underChrome: state.rootUnderChrome };
  const kinds = refineKinds(builder.metas, builder.texts, roots, title);
  const page: PageText = { blocks: builder.texts.map((text, i) => ({ text, kind: kinds[i]! })) };
  if (title) page.title = title;
  if (lang) page.lang = lang;
  if (published) page.published = published;
  return { page, map: builder.map, truncated };
}

/**
 * Metadata is optional: a selector engine that gives up (happy-dom's recursive
 * querySelector overflows on pages nested a few thousand deep) must not cost
 * the page text.
 */
function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
