/**
 * The date formats views use: Intl by default, or those the card script provides
 * (a table from the background: the card never calls Intl on the page).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { intlDates, type DateFormats } from '../lib/format/date-formats';

export const DatesContext = createContext<DateFormats | null>(null);

/** The formats for `lang`: the provided ones, else Intl's. */
export function useDates(lang: string): DateFormats {
  return useContext(DatesContext) ?? intlDates(lang);
}
