/** Options page wiring: read the settings, then render the page over live storage. */
import { render } from 'preact';
import '../../components/factline.css';
import '../../components/settings/settings.css';
import './options.css';
import { defaultSettings } from '../../lib/settings/definitions';
import { getSettings, settingsStore } from '../../lib/settings/store';
import { OptionsApp } from './OptionsApp';

// Storage that cannot be read at all still gets a working page, with the defaults.
void getSettings()
  .catch(() => defaultSettings())
  .then((initial) => {
    render(
      <OptionsApp store={settingsStore} initial={initial} browserLangs={navigator.languages} />,
      document.getElementById('app')!,
    );
  });
