/**
 * Aho–Corasick over the normalised stream: every rule term found in one left-to-right
 * pass, in time linear in the text plus the matches. No regular expressions, so no
 * backtracking whatever the input. Built on every page that passes the pre-filter, so
 * the trie is typed arrays: the root's transitions in a direct table, other nodes as
 * short sibling lists (most have one or two children).
 */

export interface Automaton {
  /** Root transitions by code unit (0 = none). */
  root: Int32Array;
  char: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  fail: Int32Array;
  /** Nearest node on the fail chain (itself included) that ends terms, or -1. */
  outLink: Int32Array;
  /** Term ids ending exactly at each node. */
  out: (number[] | undefined)[];
  /** Nodes with many children also get a map, so a step never walks a long list. */
  wide: (Map<number, number> | undefined)[];
}

const WIDE = 6;

function child(a: Automaton, node: number, c: number): number {
  if (node === 0) return a.root[c]!;
  const wide = a.wide[node];
  if (wide) return wide.get(c) ?? 0;
  for (let k = a.firstChild[node]!; k !== 0; k = a.nextSibling[k]!) if (a.char[k] === c) return k;
  return 0;
}

/** Builds the automaton for `words` (already normalised); term id = index in `words`. */
export function buildAutomaton(words: readonly string[]): Automaton {
  let size = 1;
  for (const w of words) size += w.length;
  const a: Automaton = {
    root: new Int32Array(0x10000),
    char: new Uint16Array(size),
    firstChild: new Int32Array(size),
    nextSibling: new Int32Array(size),
    fail: new Int32Array(size),
    outLink: new Int32Array(size).fill(-1),
    // dense from the start: a sparse array filled at scattered indexes can fall into V8's
    // dictionary mode, which makes every lookup in the scan loop a hash probe
    out: new Array<number[] | undefined>(size).fill(undefined),
    wide: new Array<Map<number, number> | undefined>(size).fill(undefined),
  };
  let count = 1;
  const rootChildren: number[] = [];
  words.forEach((w, id) => {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let next = child(a, node, c);
      if (next === 0) {
        next = count++;
        a.char[next] = c;
        if (node === 0) {
          a.root[c] = next;
          rootChildren.push(next);
        } else {
          a.nextSibling[next] = a.firstChild[node]!;
          a.firstChild[node] = next;
        }
      }
      node = next;
    }
    (a.out[node] ??= []).push(id);
  });
  for (let n = 1; n < count; n++) {
    let k = a.firstChild[n]!;
    let degree = 0;
    for (; k !== 0 && degree < WIDE; k = a.nextSibling[k]!) degree++;
    if (degree < WIDE) continue;
    const map = new Map<number, number>();
    for (k = a.firstChild[n]!; k !== 0; k = a.nextSibling[k]!) map.set(a.char[k]!, k);
    a.wide[n] = map;
  }
  // breadth-first: fail links point to shorter suffixes, already computed
  const queue = new Int32Array(count);
  let tail = 0;
  for (const n of rootChildren) queue[tail++] = n;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const f = a.fail[node]!;
    a.outLink[node] = a.out[node] ? node : a.outLink[f]!;
    for (let k = a.firstChild[node]!; k !== 0; k = a.nextSibling[k]!) {
      const c = a.char[k]!;
      let g = f;
      let target = child(a, g, c);
      while (target === 0 && g !== 0) {
        g = a.fail[g]!;
        target = child(a, g, c);
      }
      a.fail[k] = target;
      queue[tail++] = k;
    }
  }
  return a;
}

/** Calls `onMatch(termId, endExclusive)` for every occurrence of every term in `text`. */
export function scan(
  a: Automaton,
  text: string,
  onMatch: (term: number, end: number) => void,
): void {
  // the hot loop: arrays in locals, the child lookup inlined
  const { root, char, firstChild, nextSibling, fail, outLink, out, wide } = a;
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let next: number;
    for (;;) {
      if (node === 0) {
        next = root[c]!;
        break;
      }
      const map = wide[node];
      if (map) next = map.get(c) ?? 0;
      else {
        let k = firstChild[node]!;
        while (k !== 0 && char[k] !== c) k = nextSibling[k]!;
        next = k;
      }
      if (next !== 0) break;
      node = fail[node]!;
    }
    node = next;
    if (node === 0) continue;
    for (let o = outLink[node]!; o !== -1; o = outLink[fail[o]!]!) {
      for (const term of out[o]!) onMatch(term, i + 1);
    }
  }
}
