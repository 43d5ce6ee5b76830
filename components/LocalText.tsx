import type { Text } from '../data/schema';
import { localize } from '../lib/story/text';

/**
 * A pack text in `lang`, or in English when the pack lacks that language; the
 * fallback is marked with its own `lang` so screen readers pronounce it right.
 */
export function LocalText({ text, lang }: { text: Text; lang: string }) {
  const shown = localize(text, lang);
  return shown.lang === lang ? <>{shown.value}</> : <span lang={shown.lang}>{shown.value}</span>;
}
