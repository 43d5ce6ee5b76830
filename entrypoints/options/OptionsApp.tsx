import { BrandBar } from '../../components/BrandBar';
import { SettingsForm } from '../../components/settings/SettingsForm';
import { useSettingsPage, type SettingsStore } from '../../components/settings/use-settings';
import { resolveUiLang } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/definitions';

export interface OptionsAppProps {
  store: SettingsStore;
  initial: Settings | null;
  /** navigator.languages: what "follow the browser" resolves to. */
  browserLangs: readonly string[];
}

/** The options page: title, intro, and every setting. Re-renders in a newly chosen language. */
export function OptionsApp({ store, initial, browserLangs }: OptionsAppProps) {
  const { settings, update, failed, lang, t } = useSettingsPage(
    store,
    initial,
    browserLangs,
    'options.title',
  );

  return (
    <div class="fl-opt">
      <BrandBar t={t} size="page" />
      <main class="fl-opt__main">
        <h1 class="fl-opt__title">{t('options.title')}</h1>
        <p class="fl-opt__intro">{t('options.intro')}</p>
        {failed && (
          <p class="fl-opt__error" role="alert">
            {t('settings.saveError')}
          </p>
        )}
        {settings && (
          <SettingsForm
            settings={settings}
            onChange={update}
            browserLang={resolveUiLang(browserLangs)}
            lang={lang}
            t={t}
          />
        )}
      </main>
    </div>
  );
}
