/** Page text extraction: DOM → PageText blocks, metadata, and an offset map back to the DOM. */
export { extractPageText, MAX_CHARS, MAX_NODES } from './extract-page-text';
export type { ExtractOptions, Extracted } from './extract-page-text';
export { rangeFor } from './offset-map';
export type { OffsetMap } from './offset-map';
