import type { ComponentChildren } from 'preact';
import { BrandBar } from '../../components/BrandBar';
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
      <BrandBar t={t} size="popup" />
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
