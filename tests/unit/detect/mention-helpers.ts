/** Builders for one-sentence-mention tests: an unrelated article (own words) with one sentence put in. */
import type { Detection } from '../../../lib/detect';
import { run, textPage } from './helpers';

/**
 * An unrelated article: a headline, a first paragraph, then `§` in the second
 * paragraph replaced by the sentence under test, then a closing paragraph.
 */
export interface Context {
  headline: string;
  first: string;
  /** Contains `§` where the sentence goes. */
  second: string;
  last: string;
}

/** The article's text with `sentence` in place of `§`. */
export function articleWith(ctx: Context, sentence: string): string {
  return [ctx.headline, ctx.first, ctx.second.replace('§', sentence), ctx.last].join('\n');
}

/** Detection on the article as unstructured text (one block per paragraph). */
export function detectIn(ctx: Context, sentence: string): Detection {
  return run(textPage(articleWith(ctx, sentence)));
}
