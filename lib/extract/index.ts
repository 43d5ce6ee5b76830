/** Page text extraction: DOM → PageText blocks, metadata, and an offset map back to the DOM. */
export { extractPageText, MAX_CHARS, MAX_NODES, readMeta } from './extract-page-text';
export type { ExtractOptions, Extracted } from './extract-page-text';
export { rangeFor, rangeInBlock } from './offset-map';
export type { BlockSegments, OffsetMap } from './offset-map';
