import type { StoryContent, TimelineEntry } from '../data/schema';
import { useDates } from './dates';
import { KeyBriefs } from './EntryBrief';
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
        {entries.length === 0 &&
          t('relevance.nothingNew', { date: dates.long(pack.eventsThrough) })}
      </p>
      <KeyBriefs pack={pack} entries={entries} lang={lang} t={t} />
    </>
  );
}
