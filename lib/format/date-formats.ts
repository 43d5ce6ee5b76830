/**
 * How views format pack dates: through Intl (extension pages), or from a table the
 * background worked out for the in-page card, which never calls Intl (a page's first
 * Intl call costs its main thread tens of milliseconds). Pure.
 */
import { isIsoDateOrRange } from '../iso-date';
import { formatAsOf, formatDateOrRange } from './dates';

export interface DateFormats {
  /** A date or ISO range, short month: "28–29 Dec 2025". */
  short(value: string): string;
  /** One date, month spelled out: "26 November 2026". */
  long(iso: string): string;
}

/** Intl formats for a language. */
export function intlDates(lang: string): DateFormats {
  return { short: (v) => formatDateOrRange(v, lang), long: (iso) => formatAsOf(iso, lang) };
}

/** Each date or range → its short and long forms (the long one only for single dates). */
export type DateTable = Record<string, [short: string, long: string]>;

/** Formats every date and range found in `values` (any JSON: a pack, a list) for `lang`. */
export function dateTable(values: unknown, lang: string): DateTable {
  const table: DateTable = {};
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!(v in table) && isIsoDateOrRange(v)) {
        try {
          table[v] = [formatDateOrRange(v, lang), v.includes('/') ? '' : formatAsOf(v, lang)];
        } catch {
          // not a real calendar date: views show it as written
        }
      }
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') Object.values(v).forEach(visit);
  };
  visit(values);
  return table;
}

/** Formats from a table; a date missing from it falls back to Intl. */
export function tableDates(table: DateTable, lang: string): DateFormats {
  return {
    short: (v) => table[v]?.[0] || formatDateOrRange(v, lang),
    long: (iso) => table[iso]?.[1] || formatAsOf(iso, lang),
  };
}
