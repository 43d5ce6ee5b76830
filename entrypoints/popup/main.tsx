/** Popup wiring: choose the interface language, render the bundled story. */
import { render } from 'preact';
import '../../components/factline.css';
import './popup.css';
import { packs } from '../../data/packs';
import { createTranslator, resolveUiLang } from '../../lib/i18n';
import { PopupApp } from './PopupApp';

const lang = resolveUiLang(navigator.languages);
const t = createTranslator(lang);
document.documentElement.lang = lang;
document.title = t('app.name');

render(<PopupApp pack={packs[0]} lang={lang} t={t} />, document.getElementById('app')!);
