/**
 * The pre-filter worked out from a pack's rules (at build time; tests and the CLI
 * also work it out on the fly): the trigger groups' stems as case-insensitive
 * alternations of literals, split by script so each regular expression stays fast.
 * The run-time side is trigger-test.ts.
 */
import * as fold from './fold';
import type { DetectionRules } from './rules-schema';
import { triggerFrom, type TriggerSource } from './trigger-test';

export { triggerFrom, type TriggerSource };

const VARIANTS: Record<string, string> = {
  a: 'aàáâãäåāăąǎ',
  c: 'cçćĉċč',
  d: 'dďđ',
  e: 'eèéêëēĕėęě',
  g: 'gĝğġģ',
  h: 'hĥħ',
  i: 'iìíîïĩīĭįıİǐ',
  j: 'jĵ',
  k: 'kķ',
  l: 'lĺļľŀł',
  n: 'nñńņňŉ',
  o: 'oòóôõöøōŏőǒ',
  r: 'rŕŗř',
  s: 'sśŝşšș',
  t: 'tţťŧț',
  u: 'uùúûüũūŭůűųǔ',
  y: 'yýÿŷ',
  z: 'zźżž',
  и: 'ийѝ',
  е: 'еёѐ',
  і: 'ії',
  у: 'уў',
  г: 'гґ',
  α: 'αά',
  ε: 'εέ',
  η: 'ηή',
  ι: 'ιίϊΐ',
  ο: 'οό',
  υ: 'υύϋΰ',
  ω: 'ωώ',
  σ: 'σς',
  ן: 'ןנ',
  ם: 'םמ',
  ך: 'ךכ',
  ף: 'ףפ',
  ץ: 'ץצ',
  ا: 'اأإآٱ',
  ي: 'يىیئ',
  ك: 'كک',
  ه: 'هةۀ',
  و: 'وؤ',
};
// Stripped one code unit at a time: soft hyphen, zero-width and bidi marks, tatweel,
// combining accents, Arabic harakat, Hebrew niqqud.
const STRIP: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad],
  [0x0300, 0x036f],
  [0x0591, 0x05c7],
  [0x0640, 0x0640],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const INVISIBLE_CLASS = `[${STRIP.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`;
const escape = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);

// Each variant letter → the class of all its variants (é → [eèéêë…]).
// Built on first use: only triggerSource needs it, at build time or in Node.
let classOfVariant: Map<string, string> | undefined;
function variantClass(c: string): string | undefined {
  if (!classOfVariant) {
    classOfVariant = new Map();
    for (const cls of Object.values(VARIANTS))
      for (const v of cls) classOfVariant.set(v, `[${cls}]`);
  }
  return classOfVariant.get(c);
}

export interface Stem {
  stem: string;
  /** Must start a word: the detector matches its term only there. */
  anchored: boolean;
}

/**
 * The trigger terms' telling words, lower-cased, without `*`, and without those that
 * another stem already covers (the pre-filter may over-accept, never under-accept).
 * A stem is anchored at a word start unless its term may start inside a word: a term
 * written `*stem`, or one in a script without spaces or with clitics (see matcher).
 */
export function triggerStems(rules: DetectionRules): Stem[] {
  const found = new Map<string, boolean>();
  for (const g of Object.values(rules.groups)) {
    if (!g.trigger) continue;
    for (const list of Object.values(g.terms)) {
      for (const t of list) {
        // of a phrase, its longest word: the most telling ("lake uzhin" → "uzhin")
        const words = t.replace(/\*/g, '').trim().toLowerCase().split(/\s+/);
        let at = 0;
        words.forEach((w, i) => {
          if (w.length > words[at]!.length) at = i;
        });
        const stem = words[at] ?? '';
        if (!stem) continue;
        const first = stem.charCodeAt(0);
        const anchored =
          !(at === 0 && t.trim().startsWith('*')) &&
          !fold.isUnspaced(first) &&
          !fold.isCliticScript(first);
        // the same stem from another term that may start inside a word: not anchored
        found.set(stem, (found.get(stem) ?? true) && anchored);
      }
    }
  }
  const sorted = [...found].map(([stem, anchored]) => ({ stem, anchored }));
  sorted.sort((a, b) => a.stem.length - b.stem.length || a.stem.localeCompare(b.stem));
  const covers = (t: Stem, s: Stem) =>
    t.anchored ? s.anchored && s.stem.startsWith(t.stem) : s.stem.includes(t.stem);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((t) => covers(t, s)));
}

const escapeAll = (st: string) => [...st].map(escape).join('');
const withVariants = (st: string) => [...st].map((c) => variantClass(c) ?? escape(c)).join('');
const alternation = (stems: readonly string[], form: (st: string) => string) =>
  [...new Set(stems.map(form))].join('|');
/** Both cases spelled out, so the gate needs no case-insensitive flag (costly to compile). */
const classOf = (chars: Iterable<string>) =>
  `[${[...new Set([...chars].flatMap((c) => [c, c.toLowerCase(), c.toUpperCase()]))]
    .map(escape)
    .join('')}]`;

/**
 * Works out the pre-filter for one rule set. V8 scans an alternation of plain stems
 * fast but slows down several-fold with character classes or many scripts in one
 * expression, so: plain Latin stems (as written in the rules, plus a dotted capital İ
 * form for Turkish); Cyrillic stems only when the text has Cyrillic letters; the other
 * scripts, with their spelling variants, only when one of their first letters occurs.
 */
export function triggerSource(rules: DetectionRules): TriggerSource {
  const stems = triggerStems(rules);
  const code = (st: Stem) => st.stem.charCodeAt(0);
  const latin = stems.filter((st) => code(st) < 0x250);
  const cyrillic = stems.filter((st) => code(st) >= 0x400 && code(st) < 0x530);
  const rest = stems.filter((st) => code(st) >= 0x250 && !cyrillic.includes(st));
  const stages: TriggerSource['stages'] = [];
  const stage = (list: Stem[], form: (st: string) => string, gate?: string) => {
    const free = list.filter((s) => !s.anchored).map((s) => s.stem);
    const anchored = list.filter((s) => s.anchored).map((s) => s.stem);
    stages.push({
      ...(gate ? { gate } : {}),
      ...(free.length ? { free: alternation(free, form) } : {}),
      ...(anchored.length ? { anchored: alternation(anchored, form) } : {}),
    });
  };
  if (latin.length) {
    // Turkish capital dotted İ: the same stem with it, for the case-insensitive test.
    const dotted = latin
      .filter((st) => st.stem.includes('i'))
      .map((st) => ({ ...st, stem: st.stem.replace(/i/g, 'İ') }));
    stage([...latin, ...dotted], escapeAll);
  }
  if (cyrillic.length) stage(cyrillic, escapeAll, '[\\u0400-\\u052f]');
  if (rest.length) {
    const firsts = rest.flatMap((st) => [...(VARIANTS[st.stem[0]!] ?? st.stem[0]!)]);
    stage(rest, withVariants, classOf(firsts));
  }
  return { stages, invisible: INVISIBLE_CLASS };
}

/** `mayMatch` for one rule set, worked out now (tests, the CLI); the extension ships it prepared. */
export function buildTrigger(rules: DetectionRules): (text: string) => boolean {
  return triggerFrom(triggerSource(rules));
}
