import type { Ref } from 'preact';
import type { StoryContent } from '../data/schema';
import type { Placement } from '../lib/card/placement';
import { localize } from '../lib/story/text';
import { CloseIcon, Logo } from './card-icons';
import { pillStyle } from './card-layout';
import type { I18nProps } from './types';

export interface CardPillProps extends I18nProps {
  pack: StoryContent;
  placement: Placement;
  onOpen: () => void;
  onDismiss: () => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/** The folded card: "Factline · Context on this claim", which opens the card on click. */
export function CardPill({
  pack,
  placement,
  onOpen,
  onDismiss,
  buttonRef,
  lang,
  t,
}: CardPillProps) {
  const title = localize(pack.title, lang).value;
  return (
    <div
      class={`fl-root fl-pillbox fl-pillbox--${placement.mode}`}
      style={pillStyle(placement)}
      role="complementary"
      aria-label={t('card.label', { title })}
      lang={lang}
      data-story={pack.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDismiss();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        class="fl-pillbtn"
        aria-expanded={false}
        onClick={onOpen}
      >
        <Logo />
        <span class="fl-pillbtn__brand">{t('app.name')}</span>
        <span class="fl-pillbtn__text">{t('card.pill')}</span>
      </button>
      <button
        type="button"
        class="fl-iconbtn fl-pillbox__close"
        aria-label={t('card.dismiss')}
        title={t('card.dismiss')}
        onClick={onDismiss}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
