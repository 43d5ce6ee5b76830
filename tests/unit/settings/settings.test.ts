import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings, parseSetting } from '../../../lib/settings/definitions';
import {
  getSetting,
  getSettings,
  resetSettingsForTests,
  setSetting,
  watchSettings,
} from '../../../lib/settings/store';
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
