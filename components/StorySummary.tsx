import { useId } from 'preact/hooks';
import type { StoryContent } from '../data/schema';
import { below } from './Heading';
import { LocalText } from './LocalText';
import { NoteList } from './NoteList';
import { PositionsTable } from './PositionsTable';
import { Section } from './Section';
import { SourceList } from './SourceList';
import { StoryHeader } from './StoryHeader';
import { Timeline } from './Timeline';
import type { HeadingLevel, I18nProps } from './types';

export interface StorySummaryProps extends I18nProps {
  pack: StoryContent;
  /** Level of the story title; sections are one below (default 1: h1 title, h2 sections). */
  level?: HeadingLevel;
}

/** The whole story: header, summary, timeline, positions, why it matters, what to watch, sources. */
export function StorySummary({ pack, level = 1, lang, t }: StorySummaryProps) {
  const titleId = `${useId()}-title`;
  const props = { pack, lang, t };
  const sub = below(level);
  return (
    <article class="fl-story" aria-labelledby={titleId} data-story={pack.id}>
      <StoryHeader {...props} level={level} titleId={titleId} />
      <p class="fl-summary">
        <LocalText text={pack.summary} lang={lang} />
      </p>
      <Section title={t('section.timeline')} level={sub} class="fl-section--timeline">
        <Timeline {...props} />
      </Section>
      <Section title={t('section.positions')} level={sub} class="fl-section--positions">
        <PositionsTable {...props} />
      </Section>
      <Section title={t('section.whyItMatters')} level={sub}>
        <NoteList {...props} notes={pack.whyItMatters} />
      </Section>
      <Section title={t('section.watchNext')} level={sub}>
        <NoteList {...props} notes={pack.watchNext} />
      </Section>
      <Section title={t('section.sources')} level={sub} class="fl-section--sources">
        <SourceList {...props} />
      </Section>
    </article>
  );
}
