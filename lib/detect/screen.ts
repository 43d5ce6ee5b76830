/**
 * A screen on raw page text, before any extraction: could detect() find the story on
 * this page at all? It asks only whether, for one of the rules' required patterns,
 * every part occurs somewhere in the text, without windows, weights, vetoes or
 * look-alikes, which can only take a detection away. A term that must start a word
 * counts where it does in the raw text, or where a text node begins (`breaks`, see
 * lib/text-breaks.ts: raw `textContent` runs the words of two elements together, and
 * only there can the extraction start a word the raw text does not), and likewise for
 * a term that must end a word (but past UNCUT_CHARS, where the extraction may cut a
 * word short); text without breaks counts every term wherever it stands, even inside
 * another word. So `possible() === false` means no arrangement of this text into blocks is the story,
 * and the page's thread need not extract it. Text may come in parts (a huge page, a
 * live blog's additions): what the parts contain adds up.
 */
import { scan, type Automaton } from './automaton';
import type { DetectionRules } from './rules-schema';
import { isWordCode, normalize } from './normalize';

export interface Screen {
  /** Adds text of the page (a part, or what the page added), with where its text nodes begin when known. */
  add(text: string, breaks?: readonly number[] | null): void;
  /** False: the text so far cannot hold the story. */
  possible(): boolean;
  /** Whether the text so far holds any of the rules' terms. */
  any(): boolean;
}

/** What a screen needs of a matcher: its automaton of every term, and each term's groups. */
export interface ScreenTerms {
  automaton: Automaton;
  groups: ReadonlyArray<readonly number[]>;
  /** Group ids by index (the pack's groups, then hidden veto groups). */
  groupIds: readonly string[];
  /** Per term: its length in the normalised text, and whether it must start a word. */
  lengths: readonly number[];
  startsWord: readonly boolean[];
  endsWord: readonly boolean[];
}

/**
 * The extraction keeps a page's first MAX_CHARS characters (lib/extract), and may cut a
 * word there; it never cuts before this many characters of raw text, so up to here a
 * term must also end where a word does. Must not exceed MAX_CHARS (tested).
 */
export const UNCUT_CHARS = 100_000;

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
  let any = false;
  /** Characters added so far (overlapping parts counted twice: it only ever errs high). */
  let added = 0;
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
    add(text, breaks = null) {
      const base = added;
      added += text.length;
      // in pieces, stopping once the story is possible: a story page says so early on
      for (let at = 0; at < text.length && !this.possible(); at += PIECE) {
        verdict = undefined;
        const from = Math.max(0, at - PIECE_OVERLAP);
        const norm = normalize([text.slice(from, at + PIECE)]);
        const edge = breaks && wordEdge(norm, breaks, from);
        const uncut = base + from + PIECE + PIECE_OVERLAP <= UNCUT_CHARS;
        scan(terms.automaton, norm.text, (k, end) => {
          if (edge) {
            if (terms.startsWord[k] && !edge(end - terms.lengths[k]!)) return;
            if (uncut && terms.endsWord[k] && end < norm.text.length && !edge(end)) return;
          }
          for (const g of terms.groups[k]!) seen[g] = 1;
          any = true;
        });
      }
    },
    possible() {
      verdict ??= rules.require.some((id) => could(id, new Map()));
      return verdict;
    },
    any: () => any,
  };
}

/**
 * Whether a word may start (or end) at a position of a piece's normalised text once
 * extracted: at the piece's first position, after a space, or where a text node begins
 * between the character before and this one (`breaks`: offsets in the whole text; the
 * piece starts at `from`). A word ends at `pos` where the next one could start.
 */
function wordEdge(
  norm: { text: string; orig: Uint32Array },
  breaks: readonly number[],
  from: number,
): (pos: number) => boolean {
  return (pos) => {
    if (pos <= 0 || pos >= norm.text.length) return true;
    // as the detector's matcher reads a word
    if (!isWordCode(norm.text.charCodeAt(pos - 1)) || !isWordCode(norm.text.charCodeAt(pos))) {
      return true;
    }
    // a break b with orig[pos-1] < b - from <= orig[pos]
    const lo = norm.orig[pos - 1]! + from;
    const hi = norm.orig[pos]! + from;
    let a = 0;
    let z = breaks.length;
    while (a < z) {
      const mid = (a + z) >> 1;
      if (breaks[mid]! <= lo) a = mid + 1;
      else z = mid;
    }
    return a < breaks.length && breaks[a]! <= hi;
  };
}
