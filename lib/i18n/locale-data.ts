/**
 * What formatting a message needs of a locale: plural categories and numbers. Either
 * from Intl (extension pages, the background) or from a table the background worked
 * out (the in-page card: the first Intl call in a page's process costs it tens of
 * milliseconds, so the card never makes one for the numbers it shows). Pure.
 */

export interface LocaleData {
  /** The plural category of a count (Intl.PluralRules select). */
  plural(n: number): string;
  /** A number written for the locale. */
  number(n: number): string;
}

/** Counts the table covers: every count the card shows (passages, entries, parties). */
export const TABLE_COUNTS = 200;

const fromIntl = new Map<string, LocaleData>();

/** LocaleData backed by Intl for a locale (e.g. "en-GB"). */
export function intlLocaleData(locale: string): LocaleData {
  let data = fromIntl.get(locale);
  if (!data) {
    let rules: Intl.PluralRules | undefined;
    let numbers: Intl.NumberFormat | undefined;
    data = {
      plural: (n) => (rules ??= new Intl.PluralRules(locale)).select(n),
      number: (n) => (numbers ??= new Intl.NumberFormat(locale)).format(n),
    };
    fromIntl.set(locale, data);
  }
  return data;
}

/** The plural categories of 0 … TABLE_COUNTS - 1 (the background sends them to the card). */
export function pluralTable(locale: string): string[] {
  const rules = new Intl.PluralRules(locale);
  return Array.from({ length: TABLE_COUNTS }, (_, n) => rules.select(n));
}

/**
 * LocaleData from a plural table: whole counts below the table's size need no Intl (the
 * interface languages write them in ASCII digits, without grouping); anything else
 * falls back to Intl.
 */
export function tableLocaleData(plurals: readonly string[], locale: string): LocaleData {
  const small = (n: number) => Number.isInteger(n) && n >= 0 && n < plurals.length;
  return {
    plural: (n) => (small(n) ? plurals[n]! : intlLocaleData(locale).plural(n)),
    number: (n) => (small(n) && n < 1000 ? String(n) : intlLocaleData(locale).number(n)),
  };
}
