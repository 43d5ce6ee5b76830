import { useId } from 'preact/hooks';
import type { Translate } from '../../lib/i18n';

/** What Factline keeps and sends (nothing leaves the browser). */
export function PrivacyNote({ t }: { t: Translate }) {
  const id = useId();
  return (
    <section class="fl-set-group fl-set-privacy" aria-labelledby={id}>
      <h2 class="fl-set-legend__h" id={id}>
        {t('settings.privacy.heading')}
      </h2>
      <p class="fl-set-text">{t('settings.privacy.local')}</p>
      <p class="fl-set-text">{t('settings.privacy.stored')}</p>
    </section>
  );
}
