import type { StoryContent } from '../data/schema';
import { storyCounts } from '../lib/story/counts';
import { useDates } from './dates';
import { Heading } from './Heading';
import { LocalText } from './LocalText';
import type { HeadingLevel, I18nProps } from './types';

export interface StoryHeaderProps extends I18nProps {
  pack: StoryContent;
  /** Level of the title heading (default 1). */
  level?: HeadingLevel;
  /** Id for the title, so a landmark can be labelled by it. */
  titleId?: string;
  /** Show "4 parties · 50 dated events" after the dates (default true). */
  showCounts?: boolean;
}

/**
 * Title, the dispute's status as the sources describe it, the two honest dates (the
 * latest event the timeline covers; when the pack was last checked) and counts.
 */
export function StoryHeader({
  pack,
  level = 1,
  titleId,
  showCounts = true,
  lang,
  t,
}: StoryHeaderProps) {
  const counts = storyCounts(pack);
  const dates = useDates(lang);
  return (
    <header class="fl-header">
      <Heading level={level} class="fl-title" id={titleId}>
        <LocalText text={pack.title} lang={lang} />
      </Heading>
      <div class="fl-status">
        <span class="fl-status__label">{t('story.status')}</span>
        <LocalText text={pack.status} lang={lang} />
      </div>
      <ul class="fl-meta">
        <li class="fl-meta__item fl-meta__as-of">
          <time dateTime={pack.eventsThrough}>
            {t('story.eventsThrough', { date: dates.long(pack.eventsThrough) })}
          </time>
        </li>
        <li class="fl-meta__item fl-meta__reviewed">
          <time dateTime={pack.reviewed}>
            {t('story.reviewed', { date: dates.long(pack.reviewed) })}
          </time>
        </li>
        {showCounts && (
          <>
            <li class="fl-meta__item">{t('story.parties', { count: counts.parties })}</li>
            <li class="fl-meta__item">{t('story.events', { count: counts.datedEvents })}</li>
          </>
        )}
      </ul>
    </header>
  );
}
