/**
 * Where things sit on the page, in stream coordinates: the title, the headline, the
 * lead, the content (headline + body) and each chrome block as its own segment, so a
 * co-occurrence never joins two unrelated related-links entries.
 */
import type { PageText } from '../page-text';
import * as normalizeModule from './normalize';
import type { NormText } from './normalize';
import * as fold from './fold';

// local copies: imported bindings may be getters (see normalize.ts)
const { blockAt, normalize } = normalizeModule;
const { isUnspaced } = fold;

/** Segment ids: the title, the content, then one per chrome block. */
export const TITLE_SEG = 0;
export const CONTENT_SEG = 1;

/** Without a headline block, this much of the content's start stands in for it. */
const HEAD_FALLBACK = 200;
const LEAD = 600;
/** A character of a script without spaces (CJK, Thai…) says about as much as this many Latin ones. */
const UNSPACED_WEIGHT = 3;

/** Stream position `amount` characters after `from`, unspaced-script characters weighing more. */
function advance(text: string, from: number, amount: number): number {
  let pos = from;
  for (let left = amount; left > 0 && pos < text.length; pos++) {
    left -= isUnspaced(text.charCodeAt(pos)) ? UNSPACED_WEIGHT : 1;
  }
  return pos;
}

export interface Layout {
  norm: NormText;
  /** Segment of each stream block (stream block 0 is the title; block i+1 is page block i). */
  seg: number[];
  /** Stream ranges [start, end) that count as the headline. */
  head: Array<[number, number]>;
  /** Content positions before this are the lead. */
  leadEnd: number;
  /** Number of sentences in the content segment. */
  contentSentences: number;
}

/** Normalises a page and marks its regions. */
export function buildLayout(page: PageText): Layout {
  const norm = normalize([page.title ?? '', ...page.blocks.map((b) => b.text)]);
  const seg = [
    TITLE_SEG,
    ...page.blocks.map((b, i) => (b.kind === 'chrome' ? 2 + i : CONTENT_SEG)),
  ];
  const starts = norm.blockStarts;
  const endOf = (i: number) => (i + 1 < starts.length ? starts[i + 1]! : norm.text.length);
  const head: Array<[number, number]> = [[0, endOf(0)]];
  let bodyStart = -1;
  page.blocks.forEach((b, i) => {
    if (b.kind === 'headline') head.push([starts[i + 1]!, endOf(i + 1)]);
    else if (b.kind !== 'chrome' && bodyStart < 0 && endOf(i + 1) > starts[i + 1]!) {
      bodyStart = starts[i + 1]!;
    }
  });
  if (bodyStart < 0) bodyStart = norm.text.length;
  if (head.length === 1) head.push([bodyStart, advance(norm.text, bodyStart, HEAD_FALLBACK)]);
  let contentSentences = 0;
  for (const s of norm.sentenceStarts) {
    if (s < norm.text.length && seg[blockAt(norm, s)] === CONTENT_SEG) contentSentences++;
  }
  return { norm, seg, head, leadEnd: advance(norm.text, bodyStart, LEAD), contentSentences };
}

/** Segment of a stream position. */
export function segAt(layout: Layout, pos: number): number {
  return layout.seg[blockAt(layout.norm, pos)]!;
}
