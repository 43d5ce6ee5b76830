/**
 * The contract between page-text extraction (lib/extract, DOM side) and the
 * detector (lib/detect, pure). Plain data: no DOM types.
 */

/** Where a block sits on the page. `headline` and `main` are article content; `chrome` is navigation, related links, footers. */
export type BlockKind = 'headline' | 'main' | 'chrome' | 'other';

export interface TextBlock {
  text: string;
  kind: BlockKind;
}

export interface PageText {
  blocks: TextBlock[];
  title?: string;
  /** BCP 47 language of the page, when it states one (`<html lang>`). */
  lang?: string;
  /** Publication date as YYYY-MM-DD, when the page states one. */
  published?: string;
}
