/**
 * Live settings for a view: loaded once, kept in step with storage (changes made
 * in another tab, the popup or the card arrive through `watch`), written on change.
 * Takes the store as a parameter so components stay free of extension APIs.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { createTranslator, type MessageKey, type Translate, type UiLang } from '../../lib/i18n';
import type { SettingName, Settings, SettingValue } from '../../lib/settings/definitions';
import { interfaceLang } from '../../lib/settings/ui-lang';

/** What the hook needs from settings storage (extension/settings-store.ts provides it). */
export interface SettingsStore {
  load(): Promise<Settings>;
  save<K extends SettingName>(name: K, value: SettingValue<K>): Promise<void>;
  watch(cb: (settings: Settings) => void): () => void;
}

/** Writes one setting; the view shows the new value at once. */
export type UpdateSetting = <K extends SettingName>(name: K, value: SettingValue<K>) => void;

export interface LiveSettings {
  /** null until loaded. */
  settings: Settings | null;
  update: UpdateSetting;
  /** The last write failed (the view shows the stored value again). */
  failed: boolean;
}

/** Settings from `store`, starting from `initial` when the caller already read them. */
export function useSettings(store: SettingsStore, initial: Settings | null = null): LiveSettings {
  const [settings, setSettings] = useState<Settings | null>(initial);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const unwatch = store.watch((next) => live && setSettings(next));
    if (!initial) void store.load().then((s) => live && setSettings(s));
    return () => {
      live = false;
      unwatch();
    };
    // `initial` only seeds the first render, so it is not a dependency.
  }, [store]);

  const update = useCallback<UpdateSetting>(
    (name, value) => {
      setFailed(false);
      setSettings((s) => (s ? { ...s, [name]: value } : s));
      store.save(name, value).catch(() => {
        setFailed(true);
        void store.load().then(setSettings);
      });
    },
    [store],
  );

  return { settings, update, failed };
}

export interface SettingsPage extends LiveSettings {
  /** The interface language the settings and the browser give. */
  lang: UiLang;
  t: Translate;
}

/**
 * What the popup and the options page both start with: live settings, the interface
 * language they give (re-rendering when the reader picks another), and the document's
 * `lang` and title kept in that language.
 */
export function useSettingsPage(
  store: SettingsStore,
  initial: Settings | null,
  browserLangs: readonly string[],
  title: MessageKey,
): SettingsPage {
  const live = useSettings(store, initial);
  const lang = interfaceLang(live.settings?.uiLang ?? 'auto', browserLangs);
  const t = useMemo(() => createTranslator(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(title);
  }, [lang, t, title]);
  return { ...live, lang, t };
}
