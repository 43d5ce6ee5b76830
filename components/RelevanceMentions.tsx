import { localize } from '../lib/story/text';
import type { TopicRelevance } from '../lib/story/relevance';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

export interface RelevanceMentionsProps extends I18nProps {
  mentioned: readonly TopicRelevance[];
  /** The first passage of the topic that can be shown on the page, if any. */
  firstShown: (topic: TopicRelevance) => number | undefined;
  /** Scroll the page to a passage (index into the detection's passages). */
  onShow: (passage: number) => void;
}

/** "This page mentions": each topic the page's passages touch, with a jump to the first. */
export function RelevanceMentions({
  mentioned,
  firstShown,
  onShow,
  lang,
  t,
}: RelevanceMentionsProps) {
  if (mentioned.length === 0) return <p class="fl-rel__empty">{t('relevance.noTopics')}</p>;
  return (
    <ul class="fl-rel">
      {mentioned.map((m) => {
        const first = firstShown(m);
        return (
          <li class="fl-rel__row" key={m.topic.id} data-topic={m.topic.id}>
            <span class="fl-rel__topic">
              <LocalText text={m.topic.label} lang={lang} />
              <span class="fl-rel__count">
                {t('relevance.passages', { count: m.passages.length })}
              </span>
            </span>
            {first !== undefined && (
              <button
                type="button"
                class="fl-btn fl-btn--small"
                aria-label={t('relevance.showLabel', {
                  topic: localize(m.topic.label, lang).value,
                })}
                onClick={() => onShow(first)}
              >
                {t('relevance.show')}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
