/** Interface language: catalogs, the translation function, language choice. */
export { UI_LANGS, isUiLang, resolveUiLang, intlLocale, type UiLang } from './langs';
export { catalogs, MESSAGE_KEYS, type Catalog, type MessageKey } from './catalog';
export { createTranslator, type Translate } from './translate';
export {
  formatMessage,
  parseMessage,
  MessageSyntaxError,
  type MessageNode,
  type MessageVars,
} from './icu-lite';
