/**
 * Every stored setting, defined once: key, version, migrations, zod schema and
 * default. Pure (no storage access) so it is tested in Node; extension/settings-store.ts
 * binds it to extension storage.
 */
import { UI_LANGS } from '../i18n/langs';
import { z } from '../zod-mini';
import { normaliseHost } from './sites';

export const RUN_MODES = ['auto', 'listed', 'manual'] as const;
export const DISPLAY_MODES = ['card', 'pill', 'badge'] as const;
export const UI_LANG_SETTING = ['auto', ...UI_LANGS] as const;

const siteList = z
  .array(z.string().check(z.minLength(1), z.maxLength(253)))
  .check(z.maxLength(5000));

/** Normalises a list of hostnames: lower case, no "www.", unique, sorted. */
function normaliseSites(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const hosts = value.filter((v): v is string => typeof v === 'string').map(normaliseHost);
  return [...new Set(hosts)].filter(Boolean).sort();
}

export interface SettingDef<T> {
  key: `local:${string}`;
  version: number;
  schema: z.ZodMiniType<T>;
  // NoInfer: T comes from the schema, so enum settings keep their literal union type.
  fallback: NoInfer<T>;
  /** Migration to version N receives the value stored at version N-1. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

const def = <T>(d: SettingDef<T>): SettingDef<T> => d;

export const SETTINGS = {
  /** Where the detector runs: every site, only listed sites, or only on "Check this page". */
  runMode: def({ key: 'local:runMode', version: 1, schema: z.enum(RUN_MODES), fallback: 'auto' }),
  /** Sites for runMode "listed". */
  allowedSites: def({ key: 'local:allowedSites', version: 1, schema: siteList, fallback: [] }),
  /**
   * Sites where Factline stays off. Version 1 stored hostnames as typed
   * ("WWW.Example.com"); version 2 stores normalised site keys.
   */
  disabledSites: def({
    key: 'local:disabledSites',
    version: 2,
    schema: siteList,
    fallback: [],
    migrations: { 2: normaliseSites },
  }),
  /** What appears on a page where the story is found. */
  display: def({
    key: 'local:display',
    version: 1,
    schema: z.enum(DISPLAY_MODES),
    fallback: 'card',
  }),
  /** Mark the matched passages on the page. */
  highlights: def({ key: 'local:highlights', version: 1, schema: z.boolean(), fallback: true }),
  /** Interface language; "auto" follows the browser. */
  uiLang: def({
    key: 'local:uiLang',
    version: 1,
    schema: z.enum(UI_LANG_SETTING),
    fallback: 'auto',
  }),
};

export type SettingName = keyof typeof SETTINGS;
export type SettingValue<K extends SettingName> = (typeof SETTINGS)[K]['fallback'];
export type Settings = { [K in SettingName]: SettingValue<K> };
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[];

/** Parses a stored value; a missing, corrupt or unknown value gives the default. */
export function parseSetting<K extends SettingName>(name: K, raw: unknown): SettingValue<K> {
  const d = SETTINGS[name] as SettingDef<SettingValue<K>>;
  if (raw === null || raw === undefined) return d.fallback;
  const parsed = d.schema.safeParse(raw);
  return parsed.success ? parsed.data : d.fallback;
}

/** The defaults, as one object. */
export function defaultSettings(): Settings {
  const out = {} as Record<SettingName, unknown>;
  for (const name of SETTING_NAMES) out[name] = structuredClone(SETTINGS[name].fallback);
  return out as Settings;
}
