/**
 * A page's raw text (what the always-on trigger read: `textContent` without scripts and
 * styles, with where each text node begins, and where one starts a block) as the
 * detector's input, before any extraction: each run of text between two block edges a
 * block of the content. The detector's `raw` reading of it (compile.ts, evaluate.ts
 * `mayPass`) asks whether any extraction of the same text could find the story:
 * - the extraction leaves text out (navigation it cannot tell, hidden parts) and splits the
 *   rest into zones (the content; each related link, teaser or footer on its own): here
 *   everything is there, so every co-occurrence the extracted page has, this has too
 *   (except where left-out text stood between two terms: what the corpus test checks,
 *   tests/unit/detect/raw-page.test.ts);
 * - a block here never spans two of the extraction's (text-breaks.ts), so a look-alike
 *   next to a claim in one block here is next to it in every zone that holds that block;
 *   negative evidence elsewhere is not counted, as the extraction may set it apart;
 * - the date a page states is not read, and a date could only add (`published-recent`).
 * So when the raw reading finds no story, the page side (extraction in the page's thread)
 * is spared: war news that names Putin, drones and a residence, but not as the story does.
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
