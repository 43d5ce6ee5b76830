/** Options page wiring: read the settings, then render the page over live storage. */
import { render } from 'preact';
import '../../components/factline.css';
import '../../components/settings/settings.css';
import './options.css';
import { getSettings, settingsStore } from '../../lib/settings/store';
import { OptionsApp } from './OptionsApp';

void getSettings().then((initial) => {
  render(
    <OptionsApp store={settingsStore} initial={initial} browserLangs={navigator.languages} />,
    document.getElementById('app')!,
  );
});
