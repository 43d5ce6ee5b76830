import type { StoryContent, TimelineEntry } from '../data/schema';
import { useDates } from './dates';
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
  const dates = useDates(lang);
  return (
    <>
      <p class="fl-rel__note">
        {t('relevance.published', { date: dates.short(published) })}{' '}
        {entries.length === 0 && t('relevance.nothingNew', { date: dates.long(pack.asOf) })}
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
