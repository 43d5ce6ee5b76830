import type { Source } from '../data/schema';
import type { Translate } from '../lib/i18n';
import { useDates } from './dates';
import { keepTogether } from './source-label';

/** A source as a link: "Interfax, 29 Dec 2025", opening in a new tab. */
export function SourceLink({ source, lang, t }: { source: Source; lang: string; t: Translate }) {
  const dates = useDates(lang);
  return (
    <a
      class="fl-link fl-srclink"
      href={source.url}
      target="_blank"
      rel="noopener noreferrer"
      data-source={source.id}
      hrefLang={source.lang}
    >
      {source.publisher}, {keepTogether(dates.short(source.date))}
      <span class="fl-vh"> {t('source.newTab')}</span>
    </a>
  );
}
