/**
 * The one rule for a calendar date written YYYY-MM-DD, used by the pack schema,
 * date formatting and the page's publication date. Pure.
 */

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date's year, month (1-12) and day, when `value` is a real calendar date written YYYY-MM-DD. */
export function isoDateParts(value: string): [year: number, month: number, day: number] | null {
  const m = ISO_RE.exec(value);
  if (!m) return null;
  return realDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** [y, m, d] when they make a real calendar date (no 30 February), else null. */
export function realDate(y: number, m: number, d: number): [number, number, number] | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
    ? [y, m, d]
    : null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  return isoDateParts(value) !== null;
}

/** YYYY-MM-DD for a year, month (1-12) and day. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Splits "2025-12-28/2025-12-29" into start and end; a single date has no end. */
export function splitDateOrRange(value: string): { start: string; end?: string } {
  const [start = '', end] = value.split('/');
  return end === undefined || end === start ? { start } : { start, end };
}

/** True for a real date, or a range of two real dates `YYYY-MM-DD/YYYY-MM-DD`. */
export function isIsoDateOrRange(value: string): boolean {
  const parts = value.split('/');
  return parts.length <= 2 && parts.every(isIsoDate);
}
