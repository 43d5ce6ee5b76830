/**
 * Aho–Corasick over the normalised stream: every rule term found in one left-to-right
 * pass, in time linear in the text plus the matches. No regular expressions, so no
 * backtracking whatever the input.
 */

export interface Automaton {
  /** Child maps per node (code unit → node). */
  next: Map<number, number>[];
  fail: Int32Array;
  /** Term ids ending exactly at each node. */
  out: number[][];
  /** Nearest node on the fail chain that has outputs, or -1. */
  outLink: Int32Array;
}

/** Builds the automaton for `words` (already normalised); term id = index in `words`. */
export function buildAutomaton(words: readonly string[]): Automaton {
  const next: Map<number, number>[] = [new Map()];
  const outList: number[][] = [[]];
  words.forEach((w, id) => {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let child = next[node]!.get(c);
      if (child === undefined) {
        child = next.length;
        next.push(new Map());
        outList.push([]);
        next[node]!.set(c, child);
      }
      node = child;
    }
    outList[node]!.push(id);
  });
  const size = next.length;
  const fail = new Int32Array(size);
  const outLink = new Int32Array(size).fill(-1);
  const queue: number[] = [];
  for (const child of next[0]!.values()) queue.push(child);
  for (let qi = 0; qi < queue.length; qi++) {
    const node = queue[qi]!;
    for (const [c, child] of next[node]!) {
      let f = fail[node]!;
      while (f !== 0 && !next[f]!.has(c)) f = fail[f]!;
      const target = next[f]!.get(c);
      const fc = target !== undefined && target !== child ? target : 0;
      fail[child] = fc;
      outLink[child] = outList[fc]!.length > 0 ? fc : outLink[fc]!;
      queue.push(child);
    }
  }
  return { next, fail, out: outList, outLink };
}

/** Calls `onMatch(termId, endExclusive)` for every occurrence of every term in `text`. */
export function scan(
  a: Automaton,
  text: string,
  onMatch: (term: number, end: number) => void,
): void {
  const { next, fail, out, outLink } = a;
  const root = next[0]!;
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let child = next[node]!.get(c);
    while (child === undefined && node !== 0) {
      node = fail[node]!;
      child = next[node]!.get(c);
    }
    node = child ?? root.get(c) ?? 0;
    if (node === 0) continue;
    for (let o = out[node]!.length > 0 ? node : outLink[node]!; o !== -1; o = outLink[o]!) {
      for (const term of out[o]!) onMatch(term, i + 1);
    }
  }
}
