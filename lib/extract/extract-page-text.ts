/**
 * Page → text blocks in ONE TreeWalker pass (lib/extract/walk.ts), bounded by the
 * limits below, then the kinds settled over the blocks (refine-kinds.ts) and the
 * page's metadata read. The synchronous form used by the command line and tests;
 * the extension's page side runs the same walk in slices (page-session.ts).
 */
import type { PageText } from '../page-text';
import type { BlockSegments } from './offset-map';
import { readLang, readTitle } from './page-meta';
import { readPublished } from './published-date';
import { refineKinds, type BlockSite } from './refine-kinds';
import { newWalkState, type WalkState } from './walk-context';
import { TOP_CTX, Walk } from './walk';

/**
 * Default caps. 100k characters (some 15,000 words) is ~3× a long article with its
 * page chrome; a page keeps its first 100k in document order, which on a live blog
 * are its newest posts. Walking and sending text costs the page ~0.2 µs a character
 * in cold code, so the cap bounds what a huge page pays (measured: 200k cost a 1 MB
 * page ~40 ms more). 150k nodes bounds the walk on pages made of millions of empty
 * elements.
 */
export const MAX_CHARS = 100_000;
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
  /** Block index → its offsets back to the DOM; see rangeFor. */
  map: BlockSegments[];
  /** True when a cap stopped the walk before the end of the page. */
  truncated: boolean;
}

const DOCUMENT_NODE = 9;

/** The page's title, language and publication date. */
export function readMeta(doc: Document, root: Document | Element = doc): Omit<PageText, 'blocks'> {
  const meta: Omit<PageText, 'blocks'> = {};
  const title = safely(() => readTitle(doc));
  const lang = safely(() => readLang(doc, root));
  const published = safely(() => readPublished(doc));
  if (title) meta.title = title;
  if (lang) meta.lang = lang;
  if (published) meta.published = published;
  return meta;
}

/** Final kinds of blocks walked with `state`, given the page title. */
export function kindsOf(
  sites: readonly BlockSite[],
  texts: readonly string[],
  state: WalkState,
  title?: string,
) {
  return refineKinds(
    sites,
    texts,
    { parent: state.rootParent, underChrome: state.rootUnderChrome },
    title,
  );
}

/** Extracts the page's text blocks, their kinds, metadata and an offset map back to the DOM. */
export function extractPageText(root: Document | Element, options: ExtractOptions = {}): Extracted {
  const doc = root.nodeType === DOCUMENT_NODE ? (root as Document) : root.ownerDocument!;
  const state = newWalkState();
  const walk = new Walk(doc, root, TOP_CTX, state, {
    maxChars: options.maxChars ?? MAX_CHARS,
    maxNodes: options.maxNodes ?? MAX_NODES,
    hostTag: options.skipTag?.toLowerCase(),
  });
  walk.run();
  const built = walk.builder.blocks;
  const meta = readMeta(doc, root);
  const texts = built.map((b) => b.text);
  const kinds = kindsOf(
    built.map((b) => b.meta),
    texts,
    state,
    meta.title,
  );
  const page: PageText = { blocks: texts.map((text, i) => ({ text, kind: kinds[i]! })), ...meta };
  return { page, map: built.map((b) => b.segments), truncated: walk.truncated };
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
