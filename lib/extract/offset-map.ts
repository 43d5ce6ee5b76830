/**
 * The map from block-text offsets back to DOM text nodes, and `rangeFor`, which
 * turns a passage into a DOM Range (for the CSS Custom Highlight API) without
 * touching the page's DOM.
 */

/**
 * One block's text is made of segments; each segment is copied from one text node
 * starting at `nodeOffset`, char for char, except that a collapsed whitespace run
 * reads as one space mapped to the run's first character. Parallel arrays keep this
 * cheap for blocks made of many nodes; each block owns its own arrays, so a page
 * whose content changes can replace blocks one by one.
 */
export interface BlockSegments {
  /** Length of the block's text. */
  readonly length: number;
  /** Per segment: offset in the block's text where it starts. */
  readonly textStart: number[];
  /** Per segment: the text node it was copied from. */
  readonly node: Text[];
  /** Per segment: offset in that node's data where it starts. */
  readonly nodeOffset: number[];
  /** Per segment: the node's data length at extraction, to notice later edits. */
  readonly nodeLength: number[];
}

/** Block index → its segments. */
export type OffsetMap = readonly BlockSegments[];

/** Index of the last segment whose textStart <= offset. */
function segmentAt(s: BlockSegments, offset: number): number {
  let a = 0;
  let b = s.textStart.length - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (s.textStart[mid]! <= offset) a = mid;
    else b = mid - 1;
  }
  return a;
}

/** Maps [start,end) of one block's text back to a DOM Range, or null when out of bounds or the DOM changed under it. */
export function rangeInBlock(
  s: BlockSegments | undefined,
  start: number,
  end: number,
  doc: Document,
): Range | null {
  if (!s || !(start >= 0 && start < end && end <= s.length) || s.textStart.length === 0)
    return null;
  const first = segmentAt(s, start);
  const last = segmentAt(s, end - 1);
  // Every node the passage crosses must still be in the page, unedited.
  for (let k = first; k <= last; k++) {
    const node = s.node[k]!;
    if (!node.isConnected || node.data.length !== s.nodeLength[k]) return null;
  }
  try {
    const range = doc.createRange();
    range.setStart(s.node[first]!, s.nodeOffset[first]! + start - s.textStart[first]!);
    range.setEnd(s.node[last]!, s.nodeOffset[last]! + end - s.textStart[last]!);
    return range;
  } catch {
    return null; // a node moved to another document, or offsets no longer fit
  }
}

/** Maps [start,end) in blocks[block].text back to a DOM Range (see rangeInBlock). */
export function rangeFor(
  map: OffsetMap,
  block: number,
  start: number,
  end: number,
  doc: Document,
): Range | null {
  return rangeInBlock(map[block], start, end, doc);
}
