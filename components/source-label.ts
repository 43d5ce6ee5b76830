/** How a source is named in one line: "Official video, 31 Dec 2025". */
import type { Source } from '../data/schema';
import type { Translate } from '../lib/i18n';
import type { DateFormats } from '../lib/format/date-formats';

/**
 * Keeps a formatted date on one line inside running text: no-break spaces, and a
 * word joiner after a range dash (a line may otherwise break after "–").
 */
export function keepTogether(text: string): string {
  return text
    .replace(/ /g, '\u00a0')
    .replace(/\u2009/g, '\u202f')
    .replace(/([–-])/g, '$1\u2060');
}

/** The source's kind, plus its date when the pack knows it. */
export function sourceLabel(source: Source, dates: DateFormats, t: Translate): string {
  const kind = t(`sourceKind.${source.kind}`);
  return source.date ? `${kind}, ${keepTogether(dates.short(source.date))}` : kind;
}
