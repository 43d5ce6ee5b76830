/** Popup wiring: settings (language, the settings section), "On this page" and the story. */
import { render } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import '../../components/factline.css';
import '../../components/settings/settings.css';
import './popup.css';
import { useSettings } from '../../components/settings/use-settings';
import { getPack, packs } from '../../data/packs';
import { createTranslator } from '../../lib/i18n';
import { defaultSettings, type Settings } from '../../lib/settings/definitions';
import { addSite, inSiteList, removeCovering } from '../../lib/settings/sites';
import { getSettings, settingsStore } from '../../lib/settings/store';
import { interfaceLang } from '../../lib/settings/ui-lang';
import { OnThisPage } from './OnThisPage';
import { PopupApp } from './PopupApp';
import { PopupSettings } from './PopupSettings';
import { openOptionsPage, tabApi } from './tab-api';
import { usePageStatus } from './use-page-status';

function Popup({ initial }: { initial: Settings }) {
  const { settings, update } = useSettings(settingsStore, initial);
  const s = settings ?? initial;
  const lang = interfaceLang(s.uiLang, navigator.languages);
  const t = useMemo(() => createTranslator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('app.name');
  }, [lang, t]);

  const [loaded, actions] = usePageStatus(tabApi);
  // The off list can change while the popup is open (its own switch, the card, another tab).
  const status =
    loaded.kind === 'ready'
      ? { ...loaded, siteOff: inSiteList(loaded.site, s.disabledSites) }
      : loaded;
  const site = status.kind === 'ready' ? status.site : null;
  // The story found on the page, else the first bundled one.
  const story = status.kind === 'ready' ? status.state?.story : null;
  const pack = (story ? getPack(story) : undefined) ?? packs[0];
  return (
    <PopupApp
      pack={pack}
      lang={lang}
      t={t}
      onThisPage={<OnThisPage status={status} {...actions} lang={lang} t={t} />}
      settings={
        <PopupSettings
          settings={s}
          onChange={update}
          site={site}
          onSiteChange={(on) => {
            if (!site) return;
            // The switch flips at once; turning on also checks the page and shows what it finds.
            update(
              'disabledSites',
              on ? removeCovering(s.disabledSites, site) : addSite(s.disabledSites, site),
            );
            if (on) actions.turnOn();
          }}
          onOpenOptions={() => void openOptionsPage()}
          lang={lang}
          t={t}
        />
      }
    />
  );
}

// Storage that cannot be read at all still gets a working page, with the defaults.
void getSettings()
  .catch(() => defaultSettings())
  .then((initial) => {
    render(<Popup initial={initial} />, document.getElementById('app')!);
  });
