import type { StoryContent } from '../data/schema';
import type { TopicRelevance } from '../lib/story/relevance';
import { KeyBriefs } from './EntryBrief';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

export interface RelevanceMissingProps extends I18nProps {
  pack: StoryContent;
  notMentioned: readonly TopicRelevance[];
}

/** "Not mentioned on this page": the topics the page leaves out, with the developments behind them. */
export function RelevanceMissing({ pack, notMentioned, lang, t }: RelevanceMissingProps) {
  if (notMentioned.length === 0) return <p class="fl-rel__empty">{t('relevance.allMentioned')}</p>;
  return (
    <ul class="fl-missing">
      {notMentioned.map((m) => (
        <li class="fl-missing__topic" key={m.topic.id} data-topic={m.topic.id}>
          <span class="fl-missing__label">
            <LocalText text={m.topic.label} lang={lang} />
          </span>
          {m.entries.length > 0 ? (
            <KeyBriefs pack={pack} entries={m.entries} lang={lang} t={t} />
          ) : (
            // every development on this topic is already listed under an earlier one
            <p class="fl-rel__more">{t('relevance.listedAbove')}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
