/**
 * The pre-filter run on every page's raw text: one case-insensitive regular expression
 * made of literal alternatives (no quantifiers over groups, so no backtracking) built
 * from the trigger groups' stems. Each letter accepts its accented and spelling
 * variants, so raw text needs no normalising. Invisible characters inside a word (soft
 * hyphens, zero-width, combining accents) are stripped and the test repeated only when
 * the first test fails and such characters are present.
 */
import type { DetectionRules } from './rules-schema';

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
  [0x200b, 0x200f],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
];
const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
const INVISIBLE = new RegExp(
  `[${STRIP.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join('')}]`,
);
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');
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

/**
 * The trigger terms' telling words, lower-cased, without `*`, and without those that
 * contain a shorter one (the pre-filter may over-accept, never under-accept).
 */
export function triggerStems(rules: DetectionRules): string[] {
  const stems = new Set<string>();
  for (const g of Object.values(rules.groups)) {
    if (!g.trigger) continue;
    for (const list of Object.values(g.terms)) {
      for (const t of list) {
        // of a phrase, its longest word: the most telling ("lake uzhin" → "uzhin")
        const words = t.replace(/\*/g, '').trim().toLowerCase().split(/\s+/);
        const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
        if (longest) stems.add(longest);
      }
    }
  }
  const sorted = [...stems].sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((shorter) => s.includes(shorter)));
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
 * The pre-filter as plain data (regular-expression sources), so it can be worked out
 * once at build time and shipped ready: the always-injected detector then pays for
 * no stem analysis at all. Each stage is tested only when its gate matches.
 */
export interface TriggerSource {
  stages: Array<{ gate?: string; pattern: string }>;
}

/**
 * Works out the pre-filter for one rule set. V8 scans an alternation of plain stems
 * fast but slows down several-fold with character classes or many scripts in one
 * expression, so: plain Latin stems (as written in the rules, plus a dotted capital İ
 * form for Turkish); Cyrillic stems only when the text has Cyrillic letters; the other
 * scripts, with their spelling variants, only when one of their first letters occurs.
 */
export function triggerSource(rules: DetectionRules): TriggerSource {
  const stems = triggerStems(rules);
  const code = (st: string) => st.charCodeAt(0);
  const latin = stems.filter((st) => code(st) < 0x250);
  const cyrillic = stems.filter((st) => code(st) >= 0x400 && code(st) < 0x530);
  const rest = stems.filter((st) => code(st) >= 0x250 && !cyrillic.includes(st));
  const stages: TriggerSource['stages'] = [];
  if (latin.length) {
    const dotted = latin.filter((st) => st.includes('i')).map((st) => st.replace(/i/g, 'İ'));
    stages.push({ pattern: alternation([...latin, ...dotted], escapeAll) });
  }
  if (cyrillic.length) {
    stages.push({ gate: '[\\u0400-\\u052f]', pattern: alternation(cyrillic, escapeAll) });
  }
  if (rest.length) {
    const firsts = rest.flatMap((st) => [...(VARIANTS[st[0]!] ?? st[0]!)]);
    stages.push({ gate: classOf(firsts), pattern: alternation(rest, withVariants) });
  }
  return { stages };
}

/**
 * `mayMatch` from a prepared source; cheap enough to run on every page load (the
 * expressions compile on first use). It is also the detector's gate (detect() runs it
 * on the page's text), so the pre-filter is exact by construction.
 */
export function triggerFrom(source: TriggerSource): (text: string) => boolean {
  const stages = source.stages.map(
    ({ gate, pattern }) => [gate ? new RegExp(gate) : null, new RegExp(pattern, 'i')] as const,
  );
  const test = (text: string) =>
    stages.some(([gate, re]) => (!gate || gate.test(text)) && re.test(text));
  return (text) => test(text) || (INVISIBLE.test(text) && test(text.replace(INVISIBLE_ALL, '')));
}

/** `mayMatch` for one rule set, worked out now (tests, the CLI); the extension ships it prepared. */
export function buildTrigger(rules: DetectionRules): (text: string) => boolean {
  return triggerFrom(triggerSource(rules));
}
