import { useEffect, useMemo } from 'preact/hooks';
import { SettingsForm } from '../../components/settings/SettingsForm';
import { useSettings, type SettingsStore } from '../../components/settings/use-settings';
import { createTranslator, resolveUiLang } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/definitions';
import { interfaceLang } from '../../lib/settings/ui-lang';

export interface OptionsAppProps {
  store: SettingsStore;
  initial: Settings | null;
  /** navigator.languages: what "follow the browser" resolves to. */
  browserLangs: readonly string[];
}

/** The options page: title, intro, and every setting. Re-renders in a newly chosen language. */
export function OptionsApp({ store, initial, browserLangs }: OptionsAppProps) {
  const { settings, update, failed } = useSettings(store, initial);
  const lang = interfaceLang(settings?.uiLang ?? 'auto', browserLangs);
  const t = useMemo(() => createTranslator(lang), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('options.title');
  }, [lang, t]);

  return (
    <div class="fl-opt">
      <header class="fl-opt__bar">
        <div class="fl-opt__bar-in">
          <img class="fl-opt__logo" src="/icon/48.png" alt="" width={28} height={28} />
          <span class="fl-opt__brand">{t('app.name')}</span>
          <span class="fl-opt__tagline">{t('app.tagline')}</span>
        </div>
      </header>
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
