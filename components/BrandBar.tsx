import type { Translate } from '../lib/i18n';

export interface BrandBarProps {
  t: Translate;
  /** popup: the narrow toolbar popup; page: a full extension page (options). */
  size: 'popup' | 'page';
}

/** The extension's name and tagline at the top of the popup and the options page (pages.css). */
export function BrandBar({ t, size }: BrandBarProps) {
  const px = size === 'page' ? 28 : 20;
  return (
    <header class={`fl-brandbar fl-brandbar--${size}`}>
      <div class="fl-brandbar__in">
        <img
          class="fl-brandbar__logo"
          src={size === 'page' ? '/icon/48.png' : '/icon/32.png'}
          alt=""
          width={px}
          height={px}
        />
        <span class="fl-brandbar__name">{t('app.name')}</span>
        <span class="fl-brandbar__tagline">{t('app.tagline')}</span>
      </div>
    </header>
  );
}
