import type { StoryContent } from '../data/schema';
import { positionGrid } from '../lib/story/positions';
import { localize } from '../lib/story/text';
import { useDates } from './dates';
import { LocalText } from './LocalText';
import { Sep } from './Sep';
import { StancePill } from './StancePill';
import type { I18nProps } from './types';

export interface PositionsGlanceProps extends I18nProps {
  pack: StoryContent;
  /** The question to summarise (the first one the page mentions). */
  question: string;
}

/**
 * One question, each principal party's latest stance and its few words, with the trail
 * of earlier stances before it: the compact card's "who says what", and how it moved.
 */
export function PositionsGlance({ pack, question, lang, t }: PositionsGlanceProps) {
  const [block] = positionGrid(pack, { questions: [question] });
  const dates = useDates(lang);
  if (!block) return null;
  return (
    <div class="fl-glance" data-question={block.question.id}>
      <p class="fl-glance__q">
        <span class="fl-glance__label">{t('card.glance')}</span>
        <LocalText text={block.question.text} lang={lang} />
      </p>
      <ul class="fl-glance__list">
        {block.rows.map(({ party, position }) => {
          const steps = position?.steps ?? [];
          const last = steps.at(-1);
          const short = last && localize(last.short, lang);
          const earlier = steps.slice(0, -1);
          return (
            <li class="fl-glance__row" key={party.id} data-party={party.id}>
              <span class="fl-glance__party">
                <LocalText text={party.name} lang={lang} />
                <span class="fl-vh">: </span>
              </span>
              <span class="fl-glance__pos">
                {earlier.length > 0 && (
                  <span class="fl-glance__trail">
                    {earlier.map((s, i) => (
                      <span class="fl-glance__was" key={i} data-stance={s.stance}>
                        <span class="fl-vh">
                          {t('positions.step', {
                            date: dates.short(s.date),
                            stance: t(`stance.${s.stance}`),
                          })}
                          ,{' '}
                        </span>
                        <span
                          aria-hidden="true"
                          class={`fl-dot fl-dot--${s.stance}`}
                          title={`${dates.short(s.date)}: ${t(`stance.${s.stance}`)}`}
                        />
                      </span>
                    ))}
                    <span aria-hidden="true" class="fl-glance__arrow">
                      →
                    </span>
                  </span>
                )}
                <StancePill stance={last?.stance ?? 'none'} t={t} />
                {last && (
                  <>
                    <Sep />
                    <span class="fl-glance__date">{dates.short(last.date)}</span>
                  </>
                )}
                {short && <Sep text=": " />}
                {short && (
                  <span
                    class="fl-glance__short"
                    lang={short.lang === lang ? undefined : short.lang}
                  >
                    {short.value}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
