import type { StoryContent, TimelineEntry } from '../data/schema';
import { formatAsOf, formatDate } from '../lib/format/dates';
import { EntryBrief } from './EntryBrief';
import type { I18nProps } from './types';

export interface RelevanceNewSinceProps extends I18nProps {
  pack: StoryContent;
  /** The page's publication date (YYYY-MM-DD). */
  published: string;
  entries: readonly TimelineEntry[];
}

/** "New since this article": what the timeline records after the page's date. */
export function RelevanceNewSince({ pack, published, entries, lang, t }: RelevanceNewSinceProps) {
  return (
    <>
      <p class="fl-rel__note">
        {t('relevance.published', { date: formatDate(published, lang) })}{' '}
        {entries.length === 0 && t('relevance.nothingNew', { date: formatAsOf(pack.asOf, lang) })}
      </p>
      {entries.length > 0 && (
        <ul class="fl-briefs">
          {entries.map((entry) => (
            <EntryBrief key={entry.id} pack={pack} entry={entry} lang={lang} t={t} />
          ))}
        </ul>
      )}
    </>
  );
}
