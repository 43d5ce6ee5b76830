/**
 * Per-character folding shared by text and rule terms, so both meet in one form:
 * lower case, Latin/Greek/Cyrillic diacritics dropped (й→и, ё→е, ł→l), Arabic letter
 * variants unified, digits of any common script as ASCII, invisible characters removed,
 * punctuation and spaces as separators. Results are cached in a lazily filled table.
 */

/** Codes returned by foldCode besides a plain folded character code. */
export const SEP = -2;
export const STOP = -3; // sentence end (. ! ? 。 ؟ …) when followed by a space
export const DROP = -4; // invisible: soft hyphen, zero-width, combining marks
export const MULTI = -5; // folds to several characters: see foldMulti

// Allocated on first use: a page that fails the pre-filter never folds a character.
let table: Int32Array | undefined;
const multi = new Map<number, string>();

const SPECIAL: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ς: 'σ',
  ǉ: 'lj',
  ǌ: 'nj',
  // Arabic script: letter variants that spelling (and Persian vs Arabic) swaps freely.
  // Hebrew final letter forms: a suffix turns ן into נ (מעון → מעונו).
  ך: 'כ',
  ם: 'מ',
  ן: 'נ',
  ף: 'פ',
  ץ: 'צ',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ئ: 'ي',
  ک: 'ك',
  ة: 'ه',
  ۀ: 'ه',
  ؤ: 'و',
  // Malayalam chillu letters: the consonant itself (the old encoding writes it as consonant +
  // virama + ZWJ, which folds to the consonant too, the virama and ZWJ being dropped).
  ൔ: 'മ',
  ൕ: 'യ',
  ൖ: 'ഴ',
  ൺ: 'ണ',
  ൻ: 'ന',
  ർ: 'ര',
  ൽ: 'ല',
  ൾ: 'ള',
  ൿ: 'ക',
};
// … and the full stops of other scripts: Chinese/Japanese, Arabic, Urdu, Devanagari,
// Armenian ։, Ethiopic ።, Myanmar ။, Khmer ។
const STOPS = new Set('…。！？؟۔।॥։።။។'.split('').map((c) => c.charCodeAt(0)));
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF\u0640\u180E]/;
// The viramas of the Indic scripts (Devanagari … Malayalam, Sinhala): text copied out of
// pages and feeds often loses them (ட்ரோன் arrives as டரோன), so terms and text meet
// without them. They only ever sit inside a word.
export const VIRAMAS: ReadonlySet<number> = new Set([
  0x094d, 0x09cd, 0x0a4d, 0x0acd, 0x0b4d, 0x0bcd, 0x0c4d, 0x0ccd, 0x0d4d, 0x0dca,
]);
// Marks are dropped only where they are accents; in Indic/Thai/kana they are letters.
const ACCENT_MARK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x08ff],
  [0x1ab0, 0x1aff],
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe20, 0xfe2f],
];
// Zeros of the digit sets in use: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi,
// Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer,
// Mongolian, fullwidth
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

// Three small property tests: a union class costs V8 far more to compile on a cold page.
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
const isMark = (ch: string) => MARK.test(ch);
const isWordish = (ch: string) => LETTER.test(ch) || NUMBER.test(ch) || MARK.test(ch);

// Letter ranges that fold to themselves (or via SPECIAL): skip the Unicode machinery.
const PLAIN_LETTERS: ReadonlyArray<readonly [number, number]> = [
  [0x05d0, 0x05ea], // Hebrew
  [0x0620, 0x064a], // Arabic
  [0x0671, 0x06d3], // Arabic extended (Persian, Urdu)
  [0x0905, 0x0939], // Devanagari letters
];

function compute(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SEP; // astral: emoji and rare ideographs
  const ch = String.fromCharCode(code);
  if (STOPS.has(code)) return STOP;
  for (const z of DIGIT_ZEROS) if (code >= z && code <= z + 9) return 48 + code - z;
  if (code === 0x0640) return DROP; // tatweel
  if (code >= 0x02b9 && code <= 0x02bc) return SEP; // ʼ ʻ: apostrophes written as letters (Ukrainian ʼ)
  if (isUnspaced(code) || PLAIN_LETTERS.some(([a, b]) => code >= a && code <= b)) {
    const special = SPECIAL[ch];
    return special ? special.charCodeAt(0) : code;
  }
  if (INVISIBLE.test(ch) || VIRAMAS.has(code)) return DROP;
  if (isMark(ch)) {
    return ACCENT_MARK_RANGES.some(([a, b]) => code >= a && code <= b) ? DROP : code;
  }
  if (!isWordish(ch)) return SEP;
  let s = ch.normalize('NFKC').toLowerCase();
  if (code < 0x0590 || (code >= 0x1e00 && code <= 0x1fff)) {
    s = s.normalize('NFD').replace(/\p{M}/gu, '');
  }
  s = [...s].map((c) => SPECIAL[c] ?? (isWordish(c) ? c : '')).join('');
  if (s.length === 1) return s.charCodeAt(0);
  if (s.length === 0) return DROP;
  multi.set(code, s);
  return MULTI;
}

/** Folds one UTF-16 code unit: a character code, or SEP / STOP / DROP / MULTI. */
export function foldCode(code: number): number {
  if (code < 0x80) {
    if (code >= 0x61 && code <= 0x7a) return code;
    if (code >= 0x41 && code <= 0x5a) return code + 32;
    if (code >= 0x30 && code <= 0x39) return code;
    return code === 0x2e || code === 0x21 || code === 0x3f ? STOP : SEP;
  }
  table ??= new Int32Array(0x10000).fill(-1);
  let v = table[code]!;
  if (v === -1) {
    v = compute(code);
    table[code] = v;
  }
  return v;
}

/** The characters a MULTI code folds to (ß → "ss"). */
export function foldMulti(code: number): string {
  return multi.get(code) ?? '';
}

/**
 * Scripts written without spaces (CJK, kana, Hangul, Thai, Lao, Khmer, Myanmar): their
 * characters are not "word characters" for boundaries, and terms in them match anywhere.
 */
export function isUnspaced(code: number): boolean {
  return (
    (code >= 0x0e00 && code <= 0x0eff) ||
    (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x1780 && code <= 0x17ff) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3130 && code <= 0x318f) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** Arabic and Hebrew scripts attach clitics (و، ب، ال، ה…) to the front of words. */
export function isCliticScript(code: number): boolean {
  return (
    (code >= 0x0590 && code <= 0x06ff) ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb1d && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}
