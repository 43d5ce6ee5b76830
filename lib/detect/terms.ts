/**
 * Rule terms: as written (RawTerm, listed once per compile) and as one page's automaton
 * needs them (Term: normalised, de-duplicated, only those the page can contain).
 */
import * as fold from './fold';
import { normalizeTerm } from './normalize';

// local copies: imported bindings may be getters (see normalize.ts)
const { isCliticScript, isUnspaced } = fold;

/** A rule term as written; normalised lazily, on the first page whose text could hold it. */
export interface RawTerm {
  text: string;
  lead: boolean;
  trail: boolean;
  group: number;
  lang: string;
  /** Folded first character, or -1 when it folds to none or several. */
  first: number;
  /** Normalised form and its automaton key (word + boundary flags), once computed. */
  word?: string;
  key?: string;
  startB?: boolean;
  endB?: boolean;
}

/** A distinct normalised term of one page's automaton. */
export interface Term {
  word: string;
  startB: boolean;
  endB: boolean;
  /** Group indexes this term belongs to (veto groups included). */
  groups: number[];
  /** Languages whose rules list this term ("putin": en, de, pl…). */
  langs: string[];
}

/**
 * The distinct terms that can occur in the text (every character present): the page's
 * automaton holds only these, which leaves out other scripts and keeps building cheap.
 * With `every`, all terms (one automaton for every page: the background builds it once).
 */
export function pageTerms(
  raw: readonly RawTerm[],
  text: string,
  every = false,
): { terms: Term[]; key: string } {
  const present = new Uint8Array(0x10000);
  if (every) present.fill(1);
  else for (let i = 0; i < text.length; i++) present[text.charCodeAt(i)] = 1;
  const byKey = new Map<string, Term>();
  const used: number[] = [];
  raw.forEach((r, index) => {
    if (r.first >= 0 && !present[r.first]) return;
    if (r.word === undefined) prepare(r);
    const word = r.word!;
    if (!word) return;
    for (let i = 0; i < word.length; i++) if (present[word.charCodeAt(i)] !== 1) return;
    used.push(index);
    let t = byKey.get(r.key!);
    if (!t) {
      t = { word, startB: r.startB!, endB: r.endB!, groups: [], langs: [] };
      byKey.set(r.key!, t);
    }
    if (!t.groups.includes(r.group)) t.groups.push(r.group);
    if (!t.langs.includes(r.lang)) t.langs.push(r.lang);
  });
  return { terms: [...byKey.values()], key: used.join(',') };
}

/** Works out a raw term's normalised form (given when prepared at build time) and boundaries. */
export function prepare(r: RawTerm, word = normalizeTerm(r.text)): void {
  r.word = word;
  if (!word) return;
  const first = word.charCodeAt(0);
  r.startB = !r.lead && !isUnspaced(first) && !isCliticScript(first);
  r.endB = !r.trail && !isUnspaced(word.charCodeAt(word.length - 1));
  r.key = `${word}\u0000${r.startB}\u0000${r.endB}`;
}
