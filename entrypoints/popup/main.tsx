/** Popup wiring: choose the interface language, render "On this page" and the story. */
import { render } from 'preact';
import '../../components/factline.css';
import './popup.css';
import { getPack, packs } from '../../data/packs';
import { createTranslator, resolveUiLang } from '../../lib/i18n';
import { OnThisPage } from './OnThisPage';
import { PopupApp } from './PopupApp';
import { tabApi } from './tab-api';
import { usePageStatus } from './use-page-status';

const lang = resolveUiLang(navigator.languages);
const t = createTranslator(lang);
document.documentElement.lang = lang;
document.title = t('app.name');

function Popup() {
  const [status, actions] = usePageStatus(tabApi);
  // The story found on the page, else the first bundled one.
  const story = status.kind === 'ready' ? status.state?.story : null;
  const pack = (story ? getPack(story) : undefined) ?? packs[0];
  return (
    <PopupApp
      pack={pack}
      lang={lang}
      t={t}
      onThisPage={<OnThisPage status={status} {...actions} lang={lang} t={t} />}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
