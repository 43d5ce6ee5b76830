/**
 * Rule terms → a per-page automaton; page stream → group hits. A term's `*` marks
 * decide whether it must start and/or end on a word boundary (see rules-schema.ts).
 */
import type { DetectionRules, LangTerms } from './rules-schema';
import { buildAutomaton, scan, type Automaton } from './automaton';
import * as fold from './fold';
import { pageTerms, prepare, type RawTerm, type Term } from './terms';
import { isWordCode, normalizeTerm } from './normalize';
import type { ScreenTerms } from './screen';

export interface Matcher {
  raw: RawTerm[];
  /** The last page's term set and automaton: re-checks of a page reuse them. */
  last?: { key: string; terms: Term[]; automaton: Automaton };
  /** Group ids by index: the pack's groups, then hidden veto groups. */
  groupIds: string[];
  /** For each pack group index: veto group index for the word before / after, or -1. */
  vetoBefore: Int32Array;
  vetoAfter: Int32Array;
  /** One automaton of every term for all pages (the background), not one per page. */
  everyTerm: boolean;
}

/** Hits found in one stream, parallel arrays sorted by end. */
export interface Hits {
  group: number[];
  start: number[];
  end: number[];
  /** Languages of the term behind each hit. */
  langs: string[][];
}

// local copies: imported bindings may be getters (see normalize.ts)
const { foldCode, isUnspaced } = fold;

/**
 * Lists a rule set's terms; nothing is normalised until a page needs it, unless the
 * normalised words were worked out at build time (`words`, in termWords order).
 */
export function buildMatcher(
  rules: DetectionRules,
  { everyTerm = false, words }: { everyTerm?: boolean; words?: readonly string[] } = {},
): Matcher {
  const groupIds = Object.keys(rules.groups);
  const vetoBefore = new Int32Array(groupIds.length).fill(-1);
  const vetoAfter = new Int32Array(groupIds.length).fill(-1);
  const raw: RawTerm[] = [];
  const add = (langTerms: LangTerms, group: number) => {
    for (const [lang, list] of Object.entries(langTerms)) {
      for (const t of list) {
        const lead = t.startsWith('*');
        const trail = t.endsWith('*');
        const text = t.slice(lead ? 1 : 0, trail ? -1 : undefined);
        const f = foldCode(text.charCodeAt(0));
        raw.push({ text, lead, trail, group, lang, first: f >= 0 ? f : -1 });
      }
    }
  };
  Object.values(rules.groups).forEach((g, gi) => {
    add(g.terms, gi);
    if (g.notAfter) {
      vetoBefore[gi] = groupIds.length;
      groupIds.push(`${groupIds[gi]}:not-after`);
      add(g.notAfter, vetoBefore[gi]!);
    }
    if (g.notBefore) {
      vetoAfter[gi] = groupIds.length;
      groupIds.push(`${groupIds[gi]}:not-before`);
      add(g.notBefore, vetoAfter[gi]!);
    }
  });
  if (words && words.length === raw.length) raw.forEach((r, i) => prepare(r, words[i]!));
  return { raw, groupIds, vetoBefore, vetoAfter, everyTerm };
}

/**
 * The automaton of every term and each term's groups, for a screen (screen.ts). A matcher
 * of every term (the background's) builds it once and shares it with findHits.
 */
export function screenTerms(m: Matcher): ScreenTerms {
  let every = m.everyTerm ? m.last : undefined;
  if (!every) {
    const { terms, key } = pageTerms(m.raw, '', true);
    every = { key, terms, automaton: buildAutomaton(terms.map((t) => t.word)) };
    if (m.everyTerm) m.last = every;
  }
  return {
    automaton: every.automaton,
    groups: every.terms.map((t) => t.groups),
    groupIds: m.groupIds,
    lengths: every.terms.map((t) => t.word.length),
    startsWord: every.terms.map((t) => t.startB),
    endsWord: every.terms.map((t) => t.endB),
  };
}

/** Every term's normalised word, in the matcher's order: prepared at build time for the background. */
export function termWords(rules: DetectionRules): string[] {
  const m = buildMatcher(rules);
  return m.raw.map((r) => normalizeTerm(r.text));
}

/** Finds every group hit in the stream, with word boundaries and vetoes applied. */
export function findHits(m: Matcher, text: string): Hits {
  const hits: Hits = { group: [], start: [], end: [], langs: [] };
  // Per veto group: where its words start (they veto the word before) and end (the word after).
  const vetoStarts = new Map<number, Set<number>>();
  const vetoEnds = new Map<number, Set<number>>();
  for (const g of [...m.vetoBefore, ...m.vetoAfter]) {
    if (g >= 0) {
      vetoStarts.set(g, new Set());
      vetoEnds.set(g, new Set());
    }
  }
  const { terms, key } = pageTerms(m.raw, text, m.everyTerm);
  if (m.last?.key !== key) {
    m.last = { key, terms, automaton: buildAutomaton(terms.map((t) => t.word)) };
  }
  const { automaton } = m.last;
  scan(automaton, text, (k, end) => {
    const t = m.last!.terms[k]!;
    const start = end - t.word.length;
    if (t.startB && start > 0 && isWordCode(text.charCodeAt(start - 1))) return;
    if (t.endB && isWordCode(text.charCodeAt(end))) return;
    for (const g of t.groups) {
      const ends = vetoEnds.get(g);
      if (ends) {
        let e = end;
        while (isWordCode(text.charCodeAt(e))) e++;
        ends.add(e);
        vetoStarts.get(g)!.add(start);
        continue;
      }
      hits.group.push(g);
      hits.start.push(start);
      hits.end.push(end);
      hits.langs.push(t.langs);
    }
  });
  if (vetoEnds.size > 0) dropVetoed(m, text, hits, vetoStarts, vetoEnds);
  return hits;
}

function dropVetoed(
  m: Matcher,
  text: string,
  h: Hits,
  vetoStarts: Map<number, Set<number>>,
  vetoEnds: Map<number, Set<number>>,
): void {
  let w = 0;
  for (let r = 0; r < h.group.length; r++) {
    const g = h.group[r]!;
    const s = h.start[r]!;
    let keep = true;
    const before = m.vetoBefore[g]!;
    const after = m.vetoAfter[g]!;
    // the veto word one separator away; in scripts without spaces, also right against it
    // (下诺夫哥罗德: 下 "Nizhny" glued to Novgorod)
    const glued = isUnspaced(text.charCodeAt(s));
    if (before >= 0 && s > 0) {
      const ends = vetoEnds.get(before)!;
      if (ends.has(s - 1) || (glued && ends.has(s))) keep = false;
    }
    if (keep && after >= 0) {
      let e = h.end[r]!;
      while (isWordCode(text.charCodeAt(e))) e++;
      const starts = vetoStarts.get(after)!;
      if (starts.has(e + 1) || (isUnspaced(text.charCodeAt(e - 1)) && starts.has(e))) keep = false;
    }
    if (!keep) continue;
    h.group[w] = g;
    h.start[w] = s;
    h.end[w] = h.end[r]!;
    h.langs[w] = h.langs[r]!;
    w++;
  }
  h.group.length = h.start.length = h.end.length = h.langs.length = w;
}
