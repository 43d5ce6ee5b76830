/**
 * The pre-filter worked out from a pack's rules (at build time; tests and the CLI
 * also work it out on the fly): the trigger groups' stems as case-insensitive
 * alternations of literals, split by script so each regular expression stays fast.
 * The run-time side is trigger-test.ts.
 */
import * as fold from './fold';
import type { DetectionRules } from './rules-schema';
import { GATE_HEAD, MARKS, type GateSource } from './trigger-gate';
import {
  ANCHOR,
  caseFold,
  CYRILLIC,
  headAlternation,
  knowsPhrasesOf,
  PHRASE_GAP,
  triggerFrom,
  type TriggerSource,
  type TriggerStems,
} from './trigger-test';

export { triggerFrom, type TriggerSource };

/**
 * Everything the pre-filter knows about spelling comes from the detector's own folding
 * (fold.ts): which characters it drops inside words, and which characters it reads as
 * the same letter. Worked out once, at build time (or in a test), never kept by hand.
 */
interface Folding {
  /** Character class of what the detector drops (soft hyphen, zero-width, combining marks…). */
  invisible: string;
  /** Folded letter → the raw characters (besides itself) that fold to it. */
  variants: Map<string, string>;
}

/** The blocks where letters that fold to another letter are looked for. */
const VARIANT_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x00c0, 0x024f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x052f], // Cyrillic
  [0x0590, 0x077f], // Hebrew, Arabic
  [0x0d00, 0x0d7f], // Malayalam (chillu letters)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x1f00, 0x1fff], // Greek Extended (polytonic)
  [0xfb1d, 0xfdff], // Hebrew and Arabic presentation forms
  [0xfe70, 0xfefc],
];

let folding: Folding | undefined;
function getFolding(): Folding {
  if (folding) return folding;
  const drop: number[] = [];
  for (let c = 0x80; c < 0xd800; c++) if (fold.foldCode(c) === fold.DROP) drop.push(c);
  for (let c = 0xe000; c < 0x10000; c++) if (fold.foldCode(c) === fold.DROP) drop.push(c);
  const ranges: Array<[number, number]> = [];
  for (const c of drop) {
    const last = ranges[ranges.length - 1];
    if (last && c === last[1] + 1) last[1] = c;
    else ranges.push([c, c]);
  }
  const variants = new Map<string, string>();
  for (const [a, b] of VARIANT_BLOCKS) {
    for (let c = a; c <= b; c++) {
      const f = fold.foldCode(c);
      if (f < 0 || f === c) continue;
      const base = String.fromCharCode(f);
      variants.set(base, (variants.get(base) ?? '') + String.fromCharCode(c));
    }
  }
  const invisible = `[${ranges.map(([x, y]) => (x === y ? hex(x) : `${hex(x)}-${hex(y)}`)).join('')}]`;
  return (folding = { invisible, variants });
}

const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;

/** The folded letter a stem character stands for. */
function baseOf(c: string): string {
  const f = fold.foldCode(c.charCodeAt(0));
  return f >= 0 ? String.fromCharCode(f) : c;
}

export interface Stem {
  stem: string;
  /** Must start a word: the detector matches its term only there. */
  anchored: boolean;
}

/**
 * Phrases of one language as the beginnings their listed inflected forms share: the
 * pre-filter lets the rest of each word follow (trigger-test.ts), so "президентская
 * резиденция", "президентской резиденции" and "президентскую резиденцию" are one stem,
 * "президентск резиденци". Forms of two words or more belong together when each of their
 * words starts with the same four letters; a phrase listed in one form only stays whole
 * ("state residence" must not become a stem that "state residents" passes).
 */
function sharedStarts(phrases: string[][]): Map<string[], string> {
  // a one-word term stays whole: compounds share their first part ("presidentbolig",
  // "presidentresidens"), and "president" alone is no trigger
  const key = (words: string[]) =>
    words.length === 1 ? words[0]! : words.map((w) => w.slice(0, 4)).join(' ');
  const clusters = new Map<string, string[][]>();
  for (const words of phrases)
    clusters.set(key(words), [...(clusters.get(key(words)) ?? []), words]);
  const out = new Map<string[], string>();
  for (const words of phrases) {
    const forms = clusters.get(key(words))!;
    const starts = words.map((w, i) => forms.reduce((p, f) => commonStart(p, f[i]!), w));
    out.set(words, telling(starts).join(' '));
  }
  return out;
}

/**
 * Of a phrase's words, the first, the last, and between them the longest of each run of
 * more than PHRASE_GAP words: the pre-filter lets up to PHRASE_GAP words stand between two
 * of a stem's words, so "residence of the russian president" and "residence of the
 * president" are both "residence president".
 */
function telling(words: string[]): string[] {
  const kept = [words[0]!];
  let at = 0;
  while (at < words.length - 1) {
    let next = words.length - 1;
    if (next - at > PHRASE_GAP + 1) {
      next = at + 1;
      for (let j = at + 2; j <= at + PHRASE_GAP + 1; j++) {
        if (words[j]!.length > words[next]!.length) next = j;
      }
    }
    kept.push(words[next]!);
    at = next;
  }
  return kept;
}

function commonStart(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

/** Characters kept of a term in a script without spaces (Thai, Lao, Khmer phrases run long). */
const UNSPACED_STEM = 10;

/** A term's characters in the detector's folded spelling (Pútín → putin). */
function folded(term: string): string {
  return [...term]
    .map((c) => {
      const f = fold.foldCode(c.charCodeAt(0));
      // what the detector reads as a separator parts words ("ko'li" is "ko li" to it)
      if (c === ' ' || f === fold.SEP || f === fold.STOP) return ' ';
      return f === fold.DROP ? '' : baseOf(c);
    })
    .join('')
    .trim();
}

/**
 * The trigger terms' telling words in the detector's folded spelling, without `*`, and
 * without those that another stem already covers (the pre-filter may over-accept, never
 * under-accept). Of a term of several words, its longest word ("lake uzhin" → "uzhin");
 * in a group marked `trigger: "phrases"`, the whole phrase, its words cut to the start its
 * listed forms share (`sharedStarts`; in the scripts whose letters the pre-filter knows).
 * A stem is anchored at a word start unless its term may start inside a word: a term
 * written `*stem`, or one in a script without spaces or with clitics (see matcher).
 */
export function triggerStems(rules: DetectionRules): Stem[] {
  const found = new Map<string, boolean>();
  for (const g of Object.values(rules.groups)) {
    if (!g.trigger) continue;
    for (const list of Object.values(g.terms)) {
      const terms = list.map((t) => ({
        t,
        words: folded(t.replace(/\*/g, '').trim().toLowerCase()).split(/\s+/),
      }));
      // Of a group whose single words are triggers, a term of several words is looked for
      // whole too: "lacul uzin" by "lacul" alone would let every Romanian page with a lake
      // through, "долгих бород" by "долгих" every Russian page saying "long".
      const asPhrase = (words: string[]) => {
        const first = words[0]!.charCodeAt(0);
        return (
          (g.trigger === 'phrases' || (words.length > 1 && !fold.isUnspaced(first))) &&
          knowsPhrasesOf(first)
        );
      };
      const phrases = sharedStarts(terms.map((x) => x.words).filter(asPhrase));
      for (const { t, words } of terms) {
        const first = words[0]!.charCodeAt(0);
        let stem: string;
        let at = 0;
        if (asPhrase(words)) {
          stem = phrases.get(words)!;
        } else {
          at = anchorOf(words);
          stem = words[at] ?? '';
        }
        // a script without spaces: its term matches anywhere, so its beginning is enough
        if (fold.isUnspaced(first) && !stem.includes(' ')) stem = stem.slice(0, UNSPACED_STEM);
        if (!stem) continue;
        const anchored =
          !(at === 0 && t.trim().startsWith('*')) &&
          !fold.isUnspaced(first) &&
          !fold.isCliticScript(stem.charCodeAt(0));
        // the same stem from another term that may start inside a word: not anchored
        found.set(stem, (found.get(stem) ?? true) && anchored);
      }
    }
  }
  const sorted = [...found].map(([stem, anchored]) => ({ stem, anchored }));
  sorted.sort((a, b) => a.stem.length - b.stem.length || a.stem.localeCompare(b.stem));
  // t covers s when every text s finds, t finds too: each word of t begins a word of s,
  // in a row ("putin" covers "residen of putin"; "president residen" covers
  // "presidents residen"); a t that must start a word, only at a word start of s
  const covers = (t: Stem, s: Stem) => {
    if (!t.anchored) return s.stem.includes(t.stem);
    const tw = t.stem.split(' ');
    const sw = s.stem.split(' ');
    for (let o = s.anchored ? 0 : 1; o + tw.length <= sw.length; o++) {
      if (tw.every((w, j) => sw[o + j]!.startsWith(w))) return true;
    }
    return false;
  };
  return sorted.filter((s, i) => !sorted.slice(0, i).some((t) => covers(t, s)));
}

/** Characters of the Basic Multilingual Plane beyond ASCII, by how the case-insensitive
 * expressions compare them (`caseFold`): ϰ with κ and Κ, ẛ with ṡ and Ṡ. */
let sameCase: Map<string, string[]> | undefined;
function caseClass(c: string): string[] {
  if (!sameCase) {
    sameCase = new Map();
    for (let code = 0x80; code < 0x10000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const ch = String.fromCharCode(code);
      const key = caseFold(ch);
      const list = sameCase.get(key);
      if (list) list.push(ch);
      else sameCase.set(key, [ch]);
    }
  }
  return sameCase.get(caseFold(c)) ?? [c];
}

/**
 * A class of the given characters and of every character the case-insensitive expressions
 * read as one of them (a gate is tested without the `i` flag): with κ, its capital Κ and ϰ,
 * which upper-cases to Κ too.
 */
export function classOf(chars: string[]): string {
  // Only characters beyond ASCII: the plain stage reads ASCII letters in any case, and
  // ſ and ı have ASCII capitals (S, I) that would open the gate on nearly every page.
  const all = new Set(
    chars
      .flatMap((c) => [c, c.toLowerCase(), c.toUpperCase(), ...caseClass(c)])
      .filter((c) => c.length === 1 && c.charCodeAt(0) >= 128),
  );
  const escape = (c: string) => (/[\\^\]-]/.test(c) ? `\\${c}` : c);
  return all.size ? `[${[...all].map(escape).join('')}]` : '[]';
}

/**
 * The word a phrase is looked for by: its longest (of equals, the last). A long word is
 * rarely an everyday one: "residence", not the "state" of "state residence"; "bolig", not
 * the "den" of "den bolig", which most Danish pages and many English words start with.
 */
export function anchorOf(words: string[]): number {
  let at = 0;
  words.forEach((w, i) => {
    if (w.length >= words[at]!.length) at = i;
  });
  return at;
}

/**
 * One script's stems as the run-time test wants them (see `TriggerStems`): single-word
 * stems, and the phrases grouped by anchor, each group one entry; those that must start a
 * word, and those that need not, each list longest head first. Every word of a phrase
 * starts a word where the detector finds it (it reads a word as a run of letters of any
 * script, digits and marks; the marks the pre-filter counts as letters it also strips
 * before a second try), so an anchor must start a word wherever its phrase must.
 */
function arrange(list: Stem[]): TriggerStems {
  const words = new Map<string, boolean>();
  const groups = new Map<string, { anchored: boolean; phrases: string[] }>();
  for (const st of list) {
    const parts = st.stem.split(' ');
    if (parts.length === 1) {
      words.set(st.stem, (words.get(st.stem) ?? true) && st.anchored);
      continue;
    }
    const at = anchorOf(parts);
    const g = groups.get(parts[at]!) ?? { anchored: true, phrases: [] };
    g.anchored &&= st.anchored;
    g.phrases.push(parts.map((w, i) => (i === at ? ANCHOR : w)).join(' '));
    groups.set(parts[at]!, g);
  }
  const entries = [
    ...[...words].map(([w, anchored]) => ({ head: w, entry: w, anchored })),
    ...[...groups].map(([a, g]) => ({
      head: a,
      entry: `${a} ${g.phrases.join('|')}`,
      anchored: g.anchored,
    })),
  ].sort((a, b) => b.head.length - a.head.length || a.entry.localeCompare(b.entry));
  return {
    anchored: entries.filter((e) => e.anchored).map((e) => e.entry),
    free: entries.filter((e) => !e.anchored).map((e) => e.entry),
  };
}

/**
 * Works out the pre-filter for one rule set (see trigger-test.ts for the stages): the
 * folded stems split by script, and the variants of just the letters the stems use.
 */
export function triggerSource(rules: DetectionRules): TriggerSource {
  const stems = triggerStems(rules);
  const code = (st: Stem) => st.stem.charCodeAt(0);
  const isLatin = (st: Stem) => code(st) < 0x250;
  const isCyrillic = (st: Stem) => code(st) >= 0x400 && code(st) < 0x530;
  const { variants: all, invisible } = getFolding();
  const letters = new Set(stems.flatMap((st) => [...st.stem.replace(/ /g, '')]));
  const variants: Record<string, string> = {};
  for (const l of [...letters].sort()) {
    // the expressions ignore case: a letter that case-folds like one already kept adds nothing
    const kept: string[] = [];
    for (const c of all.get(l) ?? '') {
      if (![l, ...kept].some((k) => caseFold(k) === caseFold(c))) kept.push(c);
    }
    if (kept.length) variants[l] = kept.join('');
  }
  const latin = arrange(stems.filter(isLatin));
  const other = arrange(stems.filter((st) => !isLatin(st) && !isCyrillic(st)));
  const more = (c: string) => [...(variants[c] ?? '')];
  const latinLetters = new Set(
    stems.filter(isLatin).flatMap((st) => [...st.stem.replace(/ /g, '')]),
  );
  return {
    latin,
    cyrillic: arrange(stems.filter(isCyrillic)),
    other,
    variants,
    invisible,
    gates: {
      accented: classOf([...latinLetters].flatMap(more)),
      // the first letters of what the other scripts' expressions look for: words and anchors
      other: classOf([...other.anchored, ...other.free].flatMap((e) => [e[0]!, ...more(e[0]!)])),
    },
  };
}

/** The gate's heads: each head's first GATE_HEAD letters, without those another begins. */
export function gateHeads(entries: readonly string[]): string[] {
  const heads = [...new Set(entries.map((e) => e.split(' ')[0]!.slice(0, GATE_HEAD)))];
  return heads
    .filter((h) => !heads.some((o) => o !== h && h.startsWith(o)))
    .sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/**
 * The always-on gate for a pre-filter (trigger-gate.ts): its first stage's heads, and one
 * class of every character that opens a later stage or the second try.
 */
export function gateSource(source: TriggerSource): GateSource {
  const inside = (cls: string) => cls.slice(1, -1);
  // each accented form of a Latin head's letter: found again once accents are taken off,
  // or (ø, ł, đ, ı…) one that opens the gate by itself
  const marks = new RegExp(MARKS, 'g');
  const bare = (c: string) => c.normalize('NFD').replace(marks, '').toLowerCase();
  const letters = new Set(
    [...source.latin.anchored, ...source.latin.free].flatMap((e) => [...e.replace(/[ |^]/g, '')]),
  );
  // every character the pre-filter's case-insensitive expressions read as a letter or one
  // of its variants (ẛ, because it upper-cases to the variant Ṡ)
  const foldable: string[] = [];
  const residual: string[] = [];
  for (const l of letters) {
    for (const v of [l, ...(source.variants[l] ?? '')]) {
      for (const c of caseClass(v)) (bare(c) === l.toLowerCase() ? foldable : residual).push(c);
    }
  }
  return {
    anchored: headAlternation(gateHeads(source.latin.anchored), null),
    free: headAlternation(gateHeads(source.latin.free), null),
    open: `[${inside(CYRILLIC)}${inside(source.gates.other)}${inside(classOf(residual))}]`,
    fold: `[${inside(classOf(foldable))}${inside(source.invisible)}]`,
    invisible: source.invisible,
  };
}

/** `mayMatch` for one rule set, worked out now (tests, the CLI); the extension ships it prepared. */
export function buildTrigger(rules: DetectionRules): (text: string) => boolean {
  return triggerFrom(triggerSource(rules));
}
