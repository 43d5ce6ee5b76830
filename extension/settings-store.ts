/**
 * Settings bound to extension storage (@wxt-dev/storage). Each setting is its own
 * versioned item, parsed on every read, so one corrupt value falls back to its
 * default without touching the others.
 */
import { storage, type WxtStorageItem } from '@wxt-dev/storage';
import {
  defaultSettings,
  parseSetting,
  SETTING_NAMES,
  SETTINGS,
  type SettingName,
  type Settings,
  type SettingValue,
} from '../lib/settings/definitions';

type Item = WxtStorageItem<unknown, Record<string, unknown>>;
let items: Record<SettingName, Item> | undefined;

/** Defines the storage items once per context (this also runs pending migrations). */
function getItems(): Record<SettingName, Item> {
  if (!items) {
    const out = {} as Record<SettingName, Item>;
    for (const name of SETTING_NAMES) {
      const d = SETTINGS[name];
      const migrations = Object.fromEntries(
        Object.entries(d.migrations ?? {}).map(([v, fn]) => [v, (old: unknown) => safely(fn, old)]),
      );
      out[name] = storage.defineItem<unknown>(d.key, {
        fallback: null,
        version: d.version,
        migrations,
      }) as Item;
    }
    items = out;
  }
  return items;
}

/** A migration must never throw on odd input: the value then parses to the default. */
function safely(fn: (old: unknown) => unknown, old: unknown): unknown {
  try {
    return fn(old);
  } catch {
    return null;
  }
}

/** Reads one setting (default on missing or invalid). */
export async function getSetting<K extends SettingName>(name: K): Promise<SettingValue<K>> {
  // getValue() waits for the item's migrations, which run when it is defined.
  return parseSetting(name, await getItems()[name].getValue());
}

/** Reads every setting. */
export async function getSettings(): Promise<Settings> {
  const values = await Promise.all(SETTING_NAMES.map((n) => getSetting(n)));
  return Object.fromEntries(SETTING_NAMES.map((n, i) => [n, values[i]])) as Settings;
}

/** Writes one setting after validating it. */
export async function setSetting<K extends SettingName>(
  name: K,
  value: SettingValue<K>,
): Promise<void> {
  const valid = SETTINGS[name].schema.parse(value);
  await getItems()[name].setValue(valid);
}

/** Calls back with all settings whenever any of them changes. Returns an unwatch function. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  const unwatch = SETTING_NAMES.map((n) => getItems()[n].watch(() => void getSettings().then(cb)));
  return () => unwatch.forEach((u) => u());
}

/** Test hook: forget defined items (fakeBrowser.reset() clears storage between tests). */
export function resetSettingsForTests(): void {
  items = undefined;
}

/** The three calls a settings view needs (components/settings/use-settings.ts: SettingsStore). */
export const settingsStore = { load: getSettings, save: setSetting, watch: watchSettings };

/**
 * How the popup and the options page start: read the settings once, then render.
 * Storage that cannot be read at all still gets a working page, with the defaults.
 */
export function startWithSettings(render: (initial: Settings) => void): void {
  void getSettings()
    .catch(() => defaultSettings())
    .then(render);
}
