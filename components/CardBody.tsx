import { useRef } from 'preact/hooks';
import type { StoryContent } from '../data/schema';
import type { PageRelevance } from '../lib/story/relevance';
import { EntryJumpContext, useEntryJumpProvider } from './entry-jump';
import { OtherVoices } from './OtherVoices';
import { PositionHistory } from './PositionHistory';
import { RelevanceMentions } from './RelevanceMentions';
import { RelevanceMissing } from './RelevanceMissing';
import { RelevanceNewSince } from './RelevanceNewSince';
import { Section } from './Section';
import { Timeline } from './Timeline';
import type { I18nProps } from './types';

export interface CardBodyProps extends I18nProps {
  pack: StoryContent;
  relevance: PageRelevance;
  /** Detection passage indices that can be shown on the page. */
  shown: readonly number[];
  onShowPassage: (passage: number) => void;
}

/**
 * The expanded card: relevance to this page first, then each party's position over time,
 * the key developments (all entries on request) and other governments' reactions.
 */
export function CardBody({ pack, relevance, shown, onShowPassage, lang, t }: CardBodyProps) {
  const props = { pack, lang, t };
  const fresh = new Set(relevance.newSince?.map((e) => e.id));
  const visible = new Set(shown);
  const root = useRef<HTMLDivElement>(null);
  const jump = useEntryJumpProvider(root, false);
  return (
    <EntryJumpContext.Provider value={jump}>
      <div class="fl-cardbody" ref={root}>
        <Section title={t('relevance.mentions')} level={3} class="fl-section--mentions">
          <RelevanceMentions
            mentioned={relevance.mentioned}
            firstShown={(m) => m.passages.find((i) => visible.has(i))}
            onShow={onShowPassage}
            lang={lang}
            t={t}
          />
        </Section>
        <Section title={t('relevance.notMentioned')} level={3} class="fl-section--missing">
          <RelevanceMissing {...props} notMentioned={relevance.notMentioned} />
        </Section>
        {relevance.published && relevance.newSince && (
          <Section title={t('relevance.newSince')} level={3} class="fl-section--new">
            <RelevanceNewSince
              {...props}
              published={relevance.published}
              entries={relevance.newSince}
            />
          </Section>
        )}
        <Section title={t('section.positions')} level={3} class="fl-section--positions">
          <PositionHistory
            {...props}
            questions={relevance.questionOrder}
            mark={(q) =>
              relevance.mentionedQuestions.has(q.id) ? t('relevance.mentionedMark') : undefined
            }
          />
        </Section>
        <Section title={t('section.timeline')} level={3} class="fl-section--timeline">
          <Timeline
            {...props}
            keyFirst
            mark={(e) => (fresh.has(e.id) ? t('relevance.newMark') : undefined)}
          />
        </Section>
        {pack.otherVoices.length > 0 && (
          <Section title={t('section.otherVoices')} level={3} class="fl-section--voices">
            <OtherVoices {...props} />
          </Section>
        )}
      </div>
    </EntryJumpContext.Provider>
  );
}
