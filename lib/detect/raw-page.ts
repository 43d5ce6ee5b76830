/**
 * A page's raw text as the always-on trigger read it (lib/text-breaks.ts: the text the
 * extraction reads, with where each text node begins and where the extraction starts a
 * block) as the detector's input, before any extraction: each run of text between two
 * block starts a block of the content. The detector's `couldFind` (compile.ts) reads it
 * and says whether any extraction of the same text could find the story:
 * - the extraction has the same words in the same order (the same subtrees left out, the
 *   same blocks, so the same words run together or stand apart — but for an inline element
 *   the extraction sets apart by its class or role, touching the text before it without a
 *   space: rare, and a word lost there is the one risk left), and splits them into
 *   zones (the content; each related link, teaser or footer on its own): here everything
 *   is one zone, so every co-occurrence and every positive weight any of its zones has,
 *   this has too;
 * - negative weights (look-alikes) are not counted at all: the extraction may set the text
 *   that bears them apart from the claim;
 * - the date a page states is not read: the page is taken to be published while the story
 *   was news, which can only add (`published-recent`).
 * So when `couldFind` says no, no extraction of that text can, and the page
 * side (extraction in the page's thread) is spared: war news that names Putin, drones and
 * a residence, but not together as the story does.
 */
import type { PageText, TextBlock } from '../page-text';

/** Raw text and where its blocks begin (lib/text-breaks.ts `unmark`) as a page. */
export function rawPage(title: string, text: string, starts: readonly number[] | null): PageText {
  const blocks: TextBlock[] = [];
  const edges = [0, ...(starts ?? []), text.length];
  for (let i = 0; i + 1 < edges.length; i++) {
    if (edges[i + 1]! <= edges[i]!) continue;
    const t = text.slice(edges[i], edges[i + 1]);
    if (t.trim()) blocks.push({ text: t, kind: 'main' });
  }
  return { title, blocks };
}
