import type { Ref } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import type { StoryContent } from '../data/schema';
import type { UiLang } from '../lib/i18n';
import type { Placement } from '../lib/card/placement';
import type { PageRelevance } from '../lib/story/relevance';
import { localize } from '../lib/story/text';
import { CardBody } from './CardBody';
import { cardStyle } from './card-layout';
import { CloseIcon, Logo } from './card-icons';
import { LanguageSwitch } from './LanguageSwitch';
import { PassageNav } from './PassageNav';
import { PositionsGlance } from './PositionsGlance';
import { StoryHeader } from './StoryHeader';
import type { I18nProps } from './types';

export interface CardProps extends I18nProps {
  pack: StoryContent;
  relevance: PageRelevance;
  placement: Placement;
  expanded: boolean;
  /** Detection passage indices that can be shown on the page, in page order. */
  shown: readonly number[];
  /** Position in `shown` of the passage shown last, or null. */
  current: number | null;
  onToggle: () => void;
  onStep: (direction: -1 | 1) => void;
  onShowPassage: (passage: number) => void;
  onEscape: () => void;
  onDismiss: () => void;
  onDisableSite: () => void;
  /** The card's language switch; none when absent. */
  languages?: CardLanguages;
  /** The landmark and the expand button, for the host's focus moves. */
  rootRef?: Ref<HTMLElement>;
  toggleRef?: Ref<HTMLButtonElement>;
}

/** What the card's language switch offers. */
export interface CardLanguages {
  options: readonly UiLang[];
  /** Languages the story text is written in; others show it in English. */
  full: readonly UiLang[];
  onChange: (lang: UiLang) => void;
}

/**
 * The in-page card: a labelled complementary landmark (non-modal, no focus trap).
 * Compact: title, status, as-of date, counts, who says what, passage navigation.
 * Expanded: relevance to this page, the dated timeline and the positions table.
 */
export function Card(props: CardProps) {
  const { pack, relevance, placement, expanded, languages, lang, t } = props;
  const id = useId();
  const title = localize(pack.title, lang).value;
  const glance = relevance.questionOrder[0];
  const scroller = useRef<HTMLDivElement>(null);
  const toggled = useRef(false);
  // Opened by the reader: bring the new part into view, the toggle at the top.
  useEffect(() => {
    const box = scroller.current;
    const button = box?.querySelector<HTMLElement>('.fl-card__toggle');
    if (toggled.current && expanded && box && button) box.scrollTop = button.offsetTop - 12;
    toggled.current = false;
  }, [expanded]);
  return (
    <aside
      ref={props.rootRef}
      class={`fl-root fl-card fl-card--${placement.mode}${expanded ? ' fl-card--expanded' : ''}`}
      style={cardStyle(placement)}
      role="complementary"
      aria-label={t('card.label', { title })}
      lang={lang}
      tabIndex={-1}
      data-story={pack.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onEscape();
        }
      }}
    >
      <div class="fl-card__bar">
        <Logo />
        <span class="fl-card__brand">{t('app.name')}</span>
        <span class="fl-card__kicker">{t('card.kicker')}</span>
        <button
          type="button"
          class="fl-iconbtn"
          aria-label={t('card.dismiss')}
          title={t('card.dismiss')}
          onClick={props.onDismiss}
        >
          <CloseIcon />
        </button>
      </div>
      <div class="fl-card__scroll" ref={scroller}>
        <StoryHeader pack={pack} level={2} titleId={`${id}-title`} lang={lang} t={t} />
        {languages && !languages.full.includes(lang) && (
          <p class="fl-card__langnote">{t('card.textInEnglish')}</p>
        )}
        {glance && <PositionsGlance pack={pack} question={glance} lang={lang} t={t} />}
        <PassageNav
          total={props.shown.length}
          current={props.current}
          onStep={props.onStep}
          t={t}
        />
        <button
          ref={props.toggleRef}
          type="button"
          class="fl-btn fl-card__toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-body`}
          onClick={() => {
            toggled.current = true;
            props.onToggle();
          }}
        >
          {expanded ? t('card.collapse') : t('card.expand')}
        </button>
        <div id={`${id}-body`} class="fl-card__body">
          {expanded && <CardBody {...props} />}
        </div>
      </div>
      <div class="fl-card__foot">
        <button type="button" class="fl-linkbtn" onClick={props.onDisableSite}>
          {t('card.disableSite')}
        </button>
        {languages && (
          <LanguageSwitch
            value={lang}
            options={languages.options}
            onChange={languages.onChange}
            label={t('card.language')}
          />
        )}
      </div>
    </aside>
  );
}
