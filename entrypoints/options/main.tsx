/** Options page wiring: read the settings, then render the page over live storage. */
import { render } from 'preact';
import '../../components/factline.css';
import '../../components/pages.css';
import '../../components/settings/settings.css';
import './options.css';
import { settingsStore, startWithSettings } from '../../extension/settings-store';
import { OptionsApp } from './OptionsApp';

startWithSettings((initial) =>
  render(
    <OptionsApp store={settingsStore} initial={initial} browserLangs={navigator.languages} />,
    document.getElementById('app')!,
  ),
);
