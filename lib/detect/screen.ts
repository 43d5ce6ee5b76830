/**
 * A screen on raw page text, before any extraction: could detect() find the story on
 * this page at all? It asks only whether, for one of the rules' required patterns,
 * every part occurs somewhere in the text — each term counted wherever it stands, even
 * inside another word (raw `textContent` runs the words of two elements together),
 * without windows, weights, vetoes or look-alikes, which can only take a detection
 * away. So `possible() === false` means no arrangement of this text into blocks is the
 * story, and the page's thread need not extract it. Text may come in parts (a huge
 * page, a live blog's additions): what the parts contain adds up.
 */
import { scan, type Automaton } from './automaton';
import type { DetectionRules } from './rules-schema';
import { normalize } from './normalize';

export interface Screen {
  /** Adds text of the page (a part, or what the page added). */
  add(text: string): void;
  /** False: the text so far cannot hold the story. */
  possible(): boolean;
}

/** What a screen needs of a matcher: its automaton of every term, and each term's groups. */
export interface ScreenTerms {
  automaton: Automaton;
  groups: ReadonlyArray<readonly number[]>;
  /** Group ids by index (the pack's groups, then hidden veto groups). */
  groupIds: readonly string[];
}

/** Characters of raw text scanned before asking again whether the story is possible. */
const PIECE = 4000;
/** What each piece repeats of the one before: longer than any term, with room for the
 * invisible characters and spaces a page may put inside one. */
const PIECE_OVERLAP = 300;

export function createScreen(rules: DetectionRules, terms: ScreenTerms): Screen {
  const seen = new Uint8Array(terms.groupIds.length);
  const groupIndex = new Map(terms.groupIds.map((id, i) => [id, i]));
  const patterns = new Map(rules.patterns.map((p) => [p.id, p]));
  let verdict: boolean | undefined;
  /** Whether a rule id could hold: a group seen, a pattern whose every part could; any
   * other id (the page's date) is taken to hold. */
  const could = (id: string, memo: Map<string, boolean>): boolean => {
    const g = groupIndex.get(id);
    if (g !== undefined) return seen[g] === 1;
    const p = patterns.get(id);
    if (!p) return true;
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, false); // a cycle cannot make a pattern hold
    const v = p.all.every((part) =>
      (Array.isArray(part) ? part : [part]).some((alt) => could(alt, memo)),
    );
    memo.set(id, v);
    return v;
  };
  return {
    add(text) {
      // in pieces, stopping once the story is possible: a story page says so early on
      for (let at = 0; at < text.length && !this.possible(); at += PIECE) {
        verdict = undefined;
        const piece = text.slice(Math.max(0, at - PIECE_OVERLAP), at + PIECE);
        scan(terms.automaton, normalize([piece]).text, (k) => {
          for (const g of terms.groups[k]!) seen[g] = 1;
        });
      }
    },
    possible() {
      verdict ??= rules.require.some((id) => could(id, new Map()));
      return verdict;
    },
  };
}
