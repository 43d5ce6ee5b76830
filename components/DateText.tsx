import { splitDateOrRange } from '../lib/iso-date';
import { useDates } from './dates';

/**
 * A pack date or range, localised. A single day is a `<time>`; a range is plain
 * text, since `datetime` cannot express an interval of days.
 */
export function DateText({
  value,
  lang,
  class: cls,
}: {
  value: string;
  lang: string;
  class?: string;
}) {
  const text = useDates(lang).short(value);
  const { start, end } = splitDateOrRange(value);
  return end === undefined ? (
    <time class={cls} dateTime={start}>
      {text}
    </time>
  ) : (
    <span class={cls}>{text}</span>
  );
}
