/**
 * Calendar dates from story packs, formatted with Intl. Pack dates are calendar
 * days (YYYY-MM-DD), not instants: they are parsed and formatted in UTC so no
 * reader's time zone can move "28 Dec" to "27 Dec".
 */
import { intlLocale } from '../i18n/langs';
import { isoDateParts, splitDateOrRange } from '../iso-date';

/** A YYYY-MM-DD date as a Date at 00:00 UTC; throws on anything else. */
export function parseIsoDate(iso: string): Date {
  const parts = isoDateParts(iso);
  if (!parts) throw new RangeError(`not a YYYY-MM-DD date: "${iso}"`);
  return new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
}


type Style = 'short' | 'long';
const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: string, month: Style): Intl.DateTimeFormat {
  const locale = intlLocale(lang);
  const key = `${locale}|${month}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month,
      year: 'numeric',
      timeZone: 'UTC',
    });
    formats.set(key, f);
  }
  return f;
}

/** One date, e.g. "31 Dec 2025" (en), "31 груд. 2025 р." (uk). */
export function formatDate(iso: string, lang: string): string {
  return dateFormat(lang, 'short').format(parseIsoDate(iso));
}

/** A date or an ISO range, e.g. "28–29 Dec 2025"; Intl shares the month and year when it can. */
export function formatDateOrRange(value: string, lang: string): string {
  const { start, end } = splitDateOrRange(value);
  if (end === undefined) return formatDate(start, lang);
  return dateFormat(lang, 'short').formatRange(parseIsoDate(start), parseIsoDate(end));
}

/** The date a pack was last reviewed, with the month spelled out: "26 November 2026". */
export function formatAsOf(iso: string, lang: string): string {
  return dateFormat(lang, 'long').format(parseIsoDate(iso));
}
