/**
 * What the card accepts from the background, checked by hand (no zod in the card):
 * the card trusts only its own extension (sender checked) and still checks the shape
 * of what it gets; anything else is dropped, never rendered. Pure.
 */
import { isUiLang } from '../i18n/langs';
import type { CardKit, CardMessage, SettingsPush } from '../messages';
import type { Settings } from '../settings/definitions';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The kit, when `raw` has a kit's shape. */
export function asCardKit(raw: unknown): CardKit | null {
  if (!isObject(raw)) return null;
  const ok =
    typeof raw.story === 'string' &&
    typeof raw.lang === 'string' &&
    isUiLang(raw.lang) &&
    Array.isArray(raw.langs) &&
    raw.langs.every((l) => typeof l === 'string' && isUiLang(l)) &&
    isObject(raw.content) &&
    isObject(raw.catalog) &&
    Array.isArray(raw.plurals) &&
    raw.plurals.every((p) => typeof p === 'string') &&
    isObject(raw.dates) &&
    asSettings(raw.settings) !== null;
  return ok ? (raw as unknown as CardKit) : null;
}

/** Settings as the background sends them (already parsed there), when the shape fits. */
export function asSettings(raw: unknown): Settings | null {
  if (!isObject(raw)) return null;
  const ok =
    typeof raw.runMode === 'string' &&
    typeof raw.display === 'string' &&
    typeof raw.highlights === 'boolean' &&
    typeof raw.uiLang === 'string' &&
    Array.isArray(raw.disabledSites) &&
    raw.disabledSites.every((s) => typeof s === 'string') &&
    Array.isArray(raw.allowedSites);
  return ok ? (raw as unknown as Settings) : null;
}

/** A message for the card from the background, when it is one. */
export function asCardMessage(raw: unknown): CardMessage | SettingsPush | null {
  if (!isObject(raw)) return null;
  if (raw.type === 'factline:settings') {
    return asSettings(raw.settings) ? (raw as unknown as SettingsPush) : null;
  }
  if (raw.type !== 'factline:card-command') return null;
  if (raw.command !== 'show' && raw.command !== 'hide' && raw.command !== 'focus-passage')
    return null;
  if (raw.index !== undefined && !(Number.isInteger(raw.index) && (raw.index as number) >= 0))
    return null;
  return raw as unknown as CardMessage;
}
