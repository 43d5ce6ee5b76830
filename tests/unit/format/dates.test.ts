import { afterEach, describe, expect, it } from 'vitest';
import {
  formatAsOf,
  formatDate,
  formatDateOrRange,
  formatNumber,
  parseIsoDate,
} from '../../../lib/format';
import { splitDateOrRange } from '../../../lib/iso-date';

// ICU separates some parts with thin or narrow no-break spaces (U+2009, U+202F);
// compare with ordinary spaces so the tests read clearly.
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('formatDateOrRange', () => {
  it('shares month and year in a same-month range', () => {
    expect(squash(formatDateOrRange('2025-12-28/2025-12-29', 'en'))).toBe('28 – 29 Dec 2025');
    expect(squash(formatDateOrRange('2025-12-28/2025-12-29', 'uk'))).toBe('28–29 груд. 2025 р.');
    expect(squash(formatDateOrRange('2025-12-28/2025-12-29', 'ru'))).toBe('28–29 дек. 2025 г.');
    expect(squash(formatDateOrRange('2025-12-28/2025-12-29', 'de'))).toBe('28.–29. Dez. 2025');
    expect(squash(formatDateOrRange('2025-12-28/2025-12-29', 'fr'))).toBe('28–29 déc. 2025');
  });

  it('writes both ends of a range across months and years', () => {
    expect(squash(formatDateOrRange('2025-12-28/2026-01-02', 'en'))).toBe(
      '28 Dec 2025 – 2 Jan 2026',
    );
    expect(squash(formatDateOrRange('2025-11-30/2025-12-01', 'de'))).toBe(
      '30. Nov. – 1. Dez. 2025',
    );
  });

  it('formats a single date, and a range that starts and ends on one day, as one date', () => {
    expect(formatDateOrRange('2025-12-31', 'en')).toBe('31 Dec 2025');
    expect(formatDateOrRange('2025-12-31/2025-12-31', 'en')).toBe('31 Dec 2025');
    expect(squash(formatDateOrRange('2025-12-31', 'uk'))).toBe('31 груд. 2025 р.');
    expect(squash(formatDateOrRange('2025-12-31', 'ru'))).toBe('31 дек. 2025 г.');
    expect(formatDateOrRange('2025-12-31', 'de')).toBe('31. Dez. 2025');
    expect(formatDateOrRange('2025-12-31', 'fr')).toBe('31 déc. 2025');
  });
});

describe('formatDate and formatAsOf', () => {
  it('spells the month out for the review date', () => {
    expect(formatAsOf('2026-11-26', 'en')).toBe('26 November 2026');
    expect(squash(formatAsOf('2026-11-26', 'uk'))).toBe('26 листопада 2026 р.');
    expect(squash(formatAsOf('2026-11-26', 'ru'))).toBe('26 ноября 2026 г.');
    expect(formatAsOf('2026-11-26', 'de')).toBe('26. November 2026');
    expect(formatAsOf('2026-11-26', 'fr')).toBe('26 novembre 2026');
  });

  it('handles month ends and leap days', () => {
    expect(formatDate('2024-02-29', 'en')).toBe('29 Feb 2024');
    expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // UTC+14 and UTC−11: a date parsed or formatted in local time would shift a day.
  for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles']) {
    it(`keeps calendar days in ${tz}`, () => {
      process.env.TZ = tz;
      expect(new Date(2025, 11, 28).getTimezoneOffset()).not.toBe(0); // the zone took effect
      expect(formatDate('2025-12-28', 'en')).toBe('28 Dec 2025');
      expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
      expect(squash(formatDateOrRange('2025-12-28/2025-12-29', 'en'))).toBe('28 – 29 Dec 2025');
      expect(parseIsoDate('2025-12-28').toISOString()).toBe('2025-12-28T00:00:00.000Z');
    });
  }
});

describe('parsing', () => {
  it('parses YYYY-MM-DD as midnight UTC', () => {
    expect(parseIsoDate('2025-12-31').getTime()).toBe(Date.UTC(2025, 11, 31));
  });

  it('rejects dates that are not real calendar days', () => {
    for (const bad of ['2025-02-30', '2025-13-01', '25-12-31', '2025-12-31T00:00Z', '']) {
      expect(() => parseIsoDate(bad), bad).toThrow(RangeError);
    }
  });

  it('splits a range', () => {
    expect(splitDateOrRange('2025-12-28/2025-12-29')).toEqual({
      start: '2025-12-28',
      end: '2025-12-29',
    });
    expect(splitDateOrRange('2025-12-31')).toEqual({ start: '2025-12-31' });
  });
});

describe('formatNumber', () => {
  it('groups digits per locale', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'de')).toBe('1.234');
    expect(squash(formatNumber(12345, 'uk'))).toBe('12 345');
    expect(squash(formatNumber(12345, 'fr'))).toBe('12 345');
  });
});
