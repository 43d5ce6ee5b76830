import type { ComponentChildren } from 'preact';
import { StorySummary } from '../../components/StorySummary';
import type { I18nProps } from '../../components/types';
import type { StoryContent } from '../../data/schema';

interface PopupAppProps extends I18nProps {
  pack: StoryContent | undefined;
  /** The "On this page" panel, above the full summary. */
  onThisPage?: ComponentChildren;
  /** The collapsed settings section, between "On this page" and the story. */
  settings?: ComponentChildren;
}

/** The toolbar popup: brand bar, the page slot, settings, then the story's full summary. */
export function PopupApp({ pack, onThisPage, settings, lang, t }: PopupAppProps) {
  return (
    <>
      <header class="fl-popup__bar">
        <img class="fl-popup__logo" src="/icon/32.png" alt="" width={20} height={20} />
        <span class="fl-popup__brand">{t('app.name')}</span>
        <span class="fl-popup__tagline">{t('app.tagline')}</span>
      </header>
      {onThisPage}
      {settings}
      <main class="fl-popup__main">
        {pack ? (
          <StorySummary pack={pack} lang={lang} t={t} />
        ) : (
          <p class="fl-p">{t('popup.noStory')}</p>
        )}
      </main>
    </>
  );
}
