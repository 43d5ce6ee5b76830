import type { StoryContent } from '../data/schema';
import { useDates } from './dates';
import type { I18nProps } from './types';

/**
 * What each statement rests on: publisher, headline, date (and where the date comes
 * from), language, and the address — every one read by the pack's editors.
 */
export function SourceList({ pack, lang, t }: I18nProps & { pack: StoryContent }) {
  const dates = useDates(lang);
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  return (
    <ol class="fl-sources">
      {pack.sources.map((source) => (
        <li class="fl-source" key={source.id} data-source={source.id}>
          <p class="fl-source__head">
            <a
              class="fl-link"
              href={source.url}
              target="_blank"
              rel="noopener noreferrer"
              hrefLang={source.lang}
            >
              {source.publisher}
              <span class="fl-vh"> {t('source.newTab')}</span>
            </a>
            <span class="fl-source__meta">
              {' · '}
              {dates.short(source.date)}
              {source.dateFrom === 'content' && ` (${t('source.dateFromContent')})`}
              {source.dateFrom === 'url' && ` (${t('source.dateFromUrl')})`}
              {' · '}
              {t('source.lang', { lang: names.of(source.lang) ?? source.lang })}
              {source.via && ` · ${t('source.via', { via: source.via })}`}
            </span>
          </p>
          {source.title && (
            <p class="fl-source__title" lang={source.lang}>
              {source.title}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
