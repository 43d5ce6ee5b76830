import { useId, useRef } from 'preact/hooks';
import type { StoryContent } from '../data/schema';
import { EntryJumpContext, useEntryJumpProvider } from './entry-jump';
import { below } from './Heading';
import { LocalText } from './LocalText';
import { NoteList } from './NoteList';
import { OtherVoices } from './OtherVoices';
import { PositionHistory } from './PositionHistory';
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

/**
 * The whole story: header, summary, each party's position over time, the full
 * timeline, other governments, why it matters, what to watch, sources.
 */
export function StorySummary({ pack, level = 1, lang, t }: StorySummaryProps) {
  const titleId = `${useId()}-title`;
  const root = useRef<HTMLElement>(null);
  const jump = useEntryJumpProvider(root, true);
  const props = { pack, lang, t };
  const sub = below(level);
  return (
    <EntryJumpContext.Provider value={jump}>
      <article class="fl-story" aria-labelledby={titleId} data-story={pack.id} ref={root}>
        <StoryHeader {...props} level={level} titleId={titleId} />
        <p class="fl-summary">
          <LocalText text={pack.summary} lang={lang} />
        </p>
        <Section title={t('section.positions')} level={sub} class="fl-section--positions">
          <PositionHistory {...props} />
        </Section>
        <Section title={t('section.timeline')} level={sub} class="fl-section--timeline">
          <Timeline {...props} />
        </Section>
        {pack.otherVoices.length > 0 && (
          <Section title={t('section.otherVoices')} level={sub} class="fl-section--voices">
            <OtherVoices {...props} />
          </Section>
        )}
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
    </EntryJumpContext.Provider>
  );
}
