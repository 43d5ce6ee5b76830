import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, parseSetting } from '../../../lib/settings/definitions';
import {
  getSetting,
  getSettings,
  resetSettingsForTests,
  setSetting,
  settingsStore,
  watchSettings,
} from '../../../extension/settings-store';
import { addSite, inSiteList, removeSite, siteKey } from '../../../lib/settings/sites';

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsForTests();
});

describe('settings store', () => {
  it('gives the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(defaultSettings());
    expect(defaultSettings()).toMatchObject({ runMode: 'auto', display: 'card', highlights: true });
  });

  it('persists a value', async () => {
    await setSetting('display', 'pill');
    resetSettingsForTests();
    expect(await getSetting('display')).toBe('pill');
  });

  it('falls back per setting when a stored value is corrupt, keeping the others', async () => {
    await fakeBrowser.storage.local.set({
      runMode: 'sometimes',
      highlights: 'yes',
      display: 'badge',
      disabledSites: ['example.com'],
    });
    await fakeBrowser.storage.local.set({ disabledSites$: { v: 2 } });
    const s = await getSettings();
    expect(s.runMode).toBe('auto');
    expect(s.highlights).toBe(true);
    expect(s.display).toBe('badge');
    expect(s.disabledSites).toEqual(['example.com']);
  });

  it('migrates the v1 disabled-site list to normalised site keys', async () => {
    await fakeBrowser.storage.local.set({
      disabledSites: ['WWW.Example.com', 'news.site.org', 'example.com', 42],
    });
    expect(await getSetting('disabledSites')).toEqual(['example.com', 'news.site.org']);
    const stored = await fakeBrowser.storage.local.get(['disabledSites', 'disabledSites$']);
    expect(stored.disabledSites$).toEqual({ v: 2 });
  });

  it('refuses to write an invalid value', async () => {
    await expect(setSetting('runMode', 'always' as never)).rejects.toThrow();
    expect(await getSetting('runMode')).toBe('auto');
  });

  it('tells watchers about changes', async () => {
    const seen: string[] = [];
    const stop = watchSettings((s) => seen.push(s.display));
    await setSetting('display', 'badge');
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(seen).toContain('badge');
  });

  it('parses a value of the wrong type to the default', () => {
    expect(parseSetting('allowedSites', 'example.com')).toEqual([]);
    expect(parseSetting('uiLang', 'uk')).toBe('uk');
    expect(parseSetting('uiLang', 'xx')).toBe('auto');
  });
});

describe('settings store: old and damaged storage', () => {
  it('migrates a list saved with an explicit v1 marker, and only once', async () => {
    await fakeBrowser.storage.local.set({
      disabledSites: ['News.Example.com.', 'www.other.org'],
      disabledSites$: { v: 1 },
    });
    expect(await getSetting('disabledSites')).toEqual(['news.example.com', 'other.org']);
    resetSettingsForTests();
    await fakeBrowser.storage.local.set({ disabledSites: ['Kept.As.Stored'] });
    // Already v2: not migrated again (the schema still accepts the string).
    expect(await getSetting('disabledSites')).toEqual(['Kept.As.Stored']);
  });

  it('a v1 list that is not a list reads as empty', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: 'example.com' });
    expect(await getSetting('disabledSites')).toEqual([]);
  });

  it.each([
    ['a string', 'garbage'],
    ['a non-numeric version', { v: 'x' }],
    ['a version from the future', { v: 99 }],
    ['a negative version', { v: -3 }],
  ])('survives a version marker that is %s', async (_what, meta) => {
    // @wxt-dev/storage logs a refused downgrade; the value is still read and parsed.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      disabledSites: ['example.com'],
      disabledSites$: meta,
      display$: meta,
      display: 'pill',
    });
    const s = await getSettings();
    expect(s.disabledSites).toEqual(['example.com']);
    expect(s.display).toBe('pill');
  });

  it('every setting corrupt at once: all defaults, and writing still works', async () => {
    await fakeBrowser.storage.local.set({
      runMode: 3,
      allowedSites: { 0: 'a.com' },
      disabledSites: [null, ''],
      disabledSites$: { v: 2 },
      display: ['card'],
      highlights: 'false',
      uiLang: { lang: 'de' },
    });
    expect(await getSettings()).toEqual(defaultSettings());
    await setSetting('uiLang', 'de');
    expect(await getSetting('uiLang')).toBe('de');
  });

  it('keeps valid settings beside corrupt ones of the same kind', async () => {
    await fakeBrowser.storage.local.set({
      allowedSites: ['ok.example'],
      disabledSites: ['x'.repeat(300)],
      disabledSites$: { v: 2 },
    });
    const s = await getSettings();
    expect(s.allowedSites).toEqual(['ok.example']);
    expect(s.disabledSites).toEqual([]);
  });

  it('settingsStore offers load, save and watch over the same items', async () => {
    const seen: boolean[] = [];
    const stop = settingsStore.watch((s) => seen.push(s.highlights));
    await settingsStore.save('highlights', false);
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect((await settingsStore.load()).highlights).toBe(false);
    expect(seen).toContain(false);
  });
});

describe('site lists', () => {
  it('keys pages by hostname without www, only for http(s)', () => {
    expect(siteKey('https://WWW.Example.com/a?b')).toBe('example.com');
    expect(siteKey('chrome://extensions')).toBeNull();
    expect(siteKey('not a url')).toBeNull();
  });

  it('covers subdomains, adds and removes', () => {
    const list = addSite(addSite([], 'www.example.com'), 'example.com');
    expect(list).toEqual(['example.com']);
    expect(inSiteList('news.example.com', list)).toBe(true);
    expect(inSiteList('badexample.com', list)).toBe(false);
    expect(removeSite(list, 'Example.com')).toEqual([]);
  });
});
