/**
 * The map from block-text offsets back to DOM text nodes, and `rangeFor`, which
 * turns a passage into a DOM Range (for the CSS Custom Highlight API) without
 * touching the page's DOM.
 */

/**
 * Block text is made of segments; each segment is copied from one text node
 * starting at `nodeOffset`, char for char, except that a collapsed whitespace
 * run reads as one space mapped to the run's first character. Flat parallel
 * arrays keep this cheap for pages with thousands of nodes.
 */
export interface OffsetMap {
  /** Block b owns segments blockStart[b] .. blockStart[b + 1] - 1 (length = blocks + 1). */
  readonly blockStart: number[];
  /** Per block: length of its text. */
  readonly blockLength: number[];
  /** Per segment: offset in its block's text where it starts. */
  readonly textStart: number[];
  /** Per segment: the text node it was copied from. */
  readonly node: Text[];
  /** Per segment: offset in that node's data where it starts. */
  readonly nodeOffset: number[];
  /** Per segment: the node's data length at extraction, to notice later edits. */
  readonly nodeLength: number[];
}

/** An empty map, ready to be filled by the block builder. */
export function emptyOffsetMap(): OffsetMap {
  return {
    blockStart: [0],
    blockLength: [],
    textStart: [],
    node: [],
    nodeOffset: [],
    nodeLength: [],
  };
}

/** Index of the last segment in [lo, hi) whose textStart <= offset. */
function segmentAt(map: OffsetMap, lo: number, hi: number, offset: number): number {
  let a = lo;
  let b = hi - 1;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (map.textStart[mid]! <= offset) a = mid;
    else b = mid - 1;
  }
  return a;
}

/** Maps [start,end) in blocks[block].text back to a DOM Range, or null when out of bounds or the DOM changed under it. */
export function rangeFor(
  map: OffsetMap,
  block: number,
  start: number,
  end: number,
  doc: Document,
): Range | null {
  const length = map.blockLength[block];
  if (length === undefined || !(start >= 0 && start < end && end <= length)) return null;
  const lo = map.blockStart[block]!;
  const hi = map.blockStart[block + 1]!;
  const first = segmentAt(map, lo, hi, start);
  const last = segmentAt(map, lo, hi, end - 1);
  // Every node the passage crosses must still be in the page, unedited.
  for (let s = first; s <= last; s++) {
    const node = map.node[s]!;
    if (!node.isConnected || node.data.length !== map.nodeLength[s]) return null;
  }
  try {
    const range = doc.createRange();
    range.setStart(map.node[first]!, map.nodeOffset[first]! + start - map.textStart[first]!);
    range.setEnd(map.node[last]!, map.nodeOffset[last]! + end - map.textStart[last]!);
    return range;
  } catch {
    return null; // a node moved to another document, or offsets no longer fit
  }
}
