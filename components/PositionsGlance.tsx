import type { StoryContent } from '../data/schema';
import { positionGrid } from '../lib/story/positions';
import { localize } from '../lib/story/text';
import { LocalText } from './LocalText';
import { StancePill } from './StancePill';
import type { I18nProps } from './types';

export interface PositionsGlanceProps extends I18nProps {
  pack: StoryContent;
  /** The question to summarise (the first one the page mentions). */
  question: string;
}

/** One question, each party's stance and short form: the compact card's "who says what". */
export function PositionsGlance({ pack, question, lang, t }: PositionsGlanceProps) {
  const [block] = positionGrid(pack, { questions: [question] });
  if (!block) return null;
  return (
    <div class="fl-glance" data-question={block.question.id}>
      <p class="fl-glance__q">
        <span class="fl-glance__label">{t('card.glance')}</span>
        <LocalText text={block.question.text} lang={lang} />
      </p>
      <ul class="fl-glance__list">
        {block.rows.map(({ party, position }) => {
          const short = position && localize(position.short, lang);
          const repeats =
            !short ||
            short.value.trim().toLowerCase() ===
              t(`stance.${position.stance}`).trim().toLowerCase();
          return (
            <li class="fl-glance__row" key={party.id} data-party={party.id}>
              <span class="fl-glance__party">
                <LocalText text={party.name} lang={lang} />
                <span class="fl-vh">: </span>
              </span>
              <span class="fl-glance__pos">
                {position && <StancePill stance={position.stance} t={t} />}
                {!repeats && <span class="fl-vh">, </span>}
                {!repeats && (
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
