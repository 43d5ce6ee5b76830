/**
 * Second pass over the already-built blocks (never the DOM): settles what one
 * pass could not know yet — which of several article landmarks is the story,
 * whether a page-level h1 is the headline, and, on pages with no landmark at
 * all, which column holds the article.
 */
import type { BlockKind } from '../page-text';

/** Where a block came from, as recorded during the DOM pass. */
export interface BlockSite {
  readonly kind: BlockKind;
  /** A headline taken as "the page's first h1" before knowing whether an article h1 follows. */
  readonly provisional: boolean;
  /** Innermost article/main landmark above the block, or -1. */
  readonly root: number;
  /** The block is a <p> (its container is one level up). */
  readonly para: boolean;
  /** The block is an h1–h6 heading. */
  readonly heading: boolean;
  /** Ids of the nearest block-level ancestors, innermost first (-1 when none). */
  readonly b0: number;
  readonly b1: number;
  readonly b2: number;
  readonly b3: number;
}

/** Per landmark root: its enclosing root and whether it sat inside class-based chrome. */
export interface Roots {
  readonly parent: number[];
  readonly underChrome: boolean[];
}

/** Below this much landmark text, the landmarks are not trusted to hold the article. */
const MIN_MAIN_CHARS = 200;
/** A landmark this much smaller than the biggest one, and short, is a teaser card. */
const TEASER_RATIO = 3;
const TEASER_MAX_CHARS = 1500;
/** Blocks shorter than this do not vote for the main column (one CJK sentence is ~40). */
const MIN_PARAGRAPH = 50;
/** The main column needs at least this much paragraph text. */
const MIN_COLUMN_CHARS = 100;
/** A heading this short is not matched against the title. */
const MIN_TITLE_MATCH = 10;

const isMain = (k: BlockKind): boolean => k === 'main' || k === 'headline';

/** Final kinds for the blocks, given where each came from, its text and the page title. */
export function refineKinds(
  sites: readonly BlockSite[],
  texts: readonly string[],
  roots: Roots,
  title: string | undefined,
): BlockKind[] {
  const lengths = texts.map((t) => t.length);
  const kinds = sites.map((s) => s.kind);
  const rootChars = new Array<number>(roots.parent.length).fill(0);
  let mainChars = 0;
  sites.forEach((s, i) => {
    if (s.root >= 0 && isMain(s.kind)) {
      rootChars[s.root]! += lengths[i]!;
      mainChars += lengths[i]!;
    }
  });
  if (mainChars >= MIN_MAIN_CHARS) demoteTeasers(sites, kinds, rootChars, roots);
  else markMainColumn(sites, kinds, lengths);

  if (kinds.some((k, i) => k === 'headline' && !sites[i]!.provisional)) {
    sites.forEach((s, i) => {
      if (s.provisional && kinds[i] === 'headline') kinds[i] = 'other';
    });
  } else if (!kinds.includes('headline') && title) {
    headingFromTitle(sites, kinds, texts, title);
  }
  return kinds;
}

/** Small article landmarks beside a big one are related-story cards, not the story. */
function demoteTeasers(
  sites: readonly BlockSite[],
  kinds: BlockKind[],
  rootChars: number[],
  roots: Roots,
): void {
  let biggest = 0;
  rootChars.forEach((c, r) => {
    if (c > rootChars[biggest]!) biggest = r;
  });
  const keep = new Set<number>();
  for (let r = biggest; r >= 0; r = roots.parent[r]!) keep.add(r);
  const limit = Math.min(TEASER_MAX_CHARS, rootChars[biggest]! / TEASER_RATIO);
  sites.forEach((s, i) => {
    const r = s.root;
    if (r < 0 || keep.has(r) || !isMain(kinds[i]!) || rootChars[r]! >= limit) return;
    kinds[i] = roots.underChrome[r] ? 'chrome' : 'other';
  });
}

/** No usable landmark: the container with the most paragraph text is the article. */
function markMainColumn(
  sites: readonly BlockSite[],
  kinds: BlockKind[],
  lengths: readonly number[],
): void {
  const score = new Map<number, number>();
  const vote = (id: number, n: number): void => {
    if (id >= 0) score.set(id, (score.get(id) ?? 0) + n);
  };
  sites.forEach((s, i) => {
    const len = lengths[i]!;
    if (kinds[i] !== 'other' || len < MIN_PARAGRAPH) return;
    vote(s.para ? s.b1 : s.b0, len);
    vote(s.para ? s.b2 : s.b1, len / 2);
  });
  let best = -1;
  let bestScore = MIN_COLUMN_CHARS;
  for (const [id, n] of score) {
    if (n > bestScore) [best, bestScore] = [id, n];
  }
  if (best < 0) return;
  sites.forEach((s, i) => {
    if (kinds[i] !== 'other') return;
    if (s.b0 === best || s.b1 === best || s.b2 === best || s.b3 === best) kinds[i] = 'main';
  });
}

/** No h1 or itemprop headline: the first heading that repeats the page title is the headline. */
function headingFromTitle(
  sites: readonly BlockSite[],
  kinds: BlockKind[],
  texts: readonly string[],
  title: string,
): void {
  const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const t = fold(title);
  const i = sites.findIndex((s, i) => {
    if (!s.heading || kinds[i] === 'chrome') return false;
    const h = fold(texts[i]!);
    return h.length >= MIN_TITLE_MATCH && (t.includes(h) || h.includes(t));
  });
  if (i >= 0) kinds[i] = 'headline';
}
