import type { StoryContent } from '../data/schema';
import type { PageRelevance } from '../lib/story/relevance';
import { PositionsTable } from './PositionsTable';
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

/** The expanded card: relevance to this page first, then the dated timeline and the positions. */
export function CardBody({ pack, relevance, shown, onShowPassage, lang, t }: CardBodyProps) {
  const props = { pack, lang, t };
  const fresh = new Set(relevance.newSince?.map((e) => e.id));
  const visible = new Set(shown);
  return (
    <>
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
      <Section title={t('section.timeline')} level={3} class="fl-section--timeline">
        <Timeline {...props} mark={(e) => (fresh.has(e.id) ? t('relevance.newMark') : undefined)} />
      </Section>
      <Section title={t('section.positions')} level={3} class="fl-section--positions">
        <PositionsTable
          {...props}
          questions={relevance.questionOrder}
          mark={(q) =>
            relevance.mentionedQuestions.has(q.id) ? t('relevance.mentionedMark') : undefined
          }
        />
      </Section>
    </>
  );
}
