import type { StoryContent } from '../data/schema';
import { useDates } from './dates';
import { useEntryJump } from './entry-jump';
import { pickText } from '../lib/story/text';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

/** Other governments grouped by how they reacted, each naming who and when, leading to the entry. */
export function OtherVoices({ pack, lang, t }: I18nProps & { pack: StoryContent }) {
  const jump = useEntryJump();
  const dates = useDates(lang);
  return (
    <div class="fl-voices">
      {pack.otherVoices.map((group) => (
        <div class="fl-voices__group" key={group.stance} data-stance={group.stance}>
          <p class="fl-voices__label">
            <LocalText text={group.label} lang={lang} />
          </p>
          <ul class="fl-voices__list">
            {group.members.map((m, i) => (
              <li class="fl-voice" key={i}>
                <LocalText text={m.who} lang={lang} />
                <span class="fl-voice__date"> · {dates.short(m.date)}</span>
                {jump && (
                  <button
                    type="button"
                    class="fl-linkbtn fl-voice__show"
                    aria-label={t('voices.showEntryFor', {
                      who: pickText(m.who, lang),
                      date: dates.short(m.date),
                    })}
                    onClick={() => jump.jump(m.entry)}
                  >
                    {t('voices.showEntry')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
