import type { Position, StoryContent } from '../data/schema';
import { localize } from '../lib/story/text';
import { AttributionLine } from './AttributionLine';
import { LocalText } from './LocalText';
import { StancePill } from './StancePill';
import type { I18nProps } from './types';

interface PositionStatementProps extends I18nProps {
  pack: StoryContent;
  position: Position;
}

/** One cell of the positions table: stance, short form, the stated position, its attribution. */
export function PositionStatement({ pack, position, lang, t }: PositionStatementProps) {
  const short = localize(position.short, lang);
  // "No public position" as both pill and short form would say the same thing twice.
  const repeatsStance =
    short.value.trim().toLowerCase() === t(`stance.${position.stance}`).trim().toLowerCase();
  return (
    <>
      <div class="fl-pos__head">
        <StancePill stance={position.stance} t={t} />
        {!repeatsStance && (
          <span class="fl-pos__short" lang={short.lang === lang ? undefined : short.lang}>
            {short.value}
          </span>
        )}
      </div>
      <p class="fl-pos__text">
        <LocalText text={position.text} lang={lang} />
      </p>
      {position.attribution && (
        <AttributionLine pack={pack} attribution={position.attribution} lang={lang} t={t} />
      )}
    </>
  );
}
