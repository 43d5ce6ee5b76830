/**
 * The pre-filter run on every page's raw text: one case-insensitive regular expression
 * made of literal alternatives (no quantifiers over groups, so no backtracking) built
 * from the trigger groups' stems. Each letter accepts its accented and spelling
 * variants, so raw text needs no normalising. Invisible characters inside a word (soft
 * hyphens, zero-width, combining accents) are stripped and the test repeated only when
 * the first test fails and such characters are present.
 */
import type { DetectionRules } from './rules-schema';
import { normalizeTerm } from './normalize';

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

/** The stems of all trigger terms, normalised, without those that contain a shorter one. */
export function triggerStems(rules: DetectionRules): string[] {
  const stems = new Set<string>();
  for (const g of Object.values(rules.groups)) {
    if (!g.trigger) continue;
    for (const list of Object.values(g.terms)) {
      for (const t of list) {
        // a pre-filter may over-accept: the first word of a phrase is enough
        const first = normalizeTerm(t.replace(/\*/g, '')).split(' ')[0];
        if (first) stems.add(first);
      }
    }
  }
  const sorted = [...stems].sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((shorter) => s.includes(shorter)));
}

/** Builds `mayMatch` for one rule set. */
export function buildTrigger(rules: DetectionRules): (text: string) => boolean {
  const alts = triggerStems(rules).map((stem) =>
    [...stem].map((c) => (VARIANTS[c] ? `[${VARIANTS[c]}]` : escape(c))).join(''),
  );
  if (alts.length === 0) return () => false;
  const re = new RegExp(alts.join('|'), 'i');
  return (text) => {
    if (re.test(text)) return true;
    return INVISIBLE.test(text) && re.test(text.replace(INVISIBLE_ALL, ''));
  };
}
