/** Popup wiring: settings (language, the settings section), "On this page" and the story. */
import { render } from 'preact';
import '../../components/factline.css';
import '../../components/pages.css';
import '../../components/settings/settings.css';
import './popup.css';
import { useSettingsPage } from '../../components/settings/use-settings';
import { getPack, packs } from '../../data/packs';
import type { Settings } from '../../lib/settings/definitions';
import { addSite, inSiteList, removeCovering } from '../../lib/settings/sites';
import { settingsStore, startWithSettings } from '../../extension/settings-store';
import { OnThisPage } from './OnThisPage';
import { PopupApp } from './PopupApp';
import { PopupSettings } from './PopupSettings';
import { openOptionsPage, tabApi } from './tab-api';
import { usePageStatus } from './use-page-status';

function Popup({ initial }: { initial: Settings }) {
  const page = useSettingsPage(settingsStore, initial, navigator.languages, 'app.name');
  const { update, lang, t } = page;
  const s = page.settings ?? initial;

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

startWithSettings((initial) =>
  render(<Popup initial={initial} />, document.getElementById('app')!),
);
