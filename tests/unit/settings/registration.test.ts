/**
 * The three run modes, from stored settings to the detector's registration
 * (lib/registration.ts; the background passes it to scripting.registerContentScripts).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { detectorRegistration, sitePatterns } from '../../../lib/registration';
import { parseSiteInput } from '../../../lib/settings/site-input';
import { getSettings, resetSettingsForTests, setSetting } from '../../../extension/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsForTests();
});

// Chrome's match-pattern grammar: <scheme>://<host><path>, host "*", "*.name" or a name.
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9_.-]+)\/\*$/;

describe('run modes', () => {
  it('auto (the default): every http(s) page, minus switched-off sites', async () => {
    await setSetting('disabledSites', ['off.example.com']);
    expect(detectorRegistration(await getSettings())).toEqual({
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: ['*://off.example.com/*', '*://*.off.example.com/*'],
    });
  });

  it('auto with no switched-off sites excludes nothing', async () => {
    expect(detectorRegistration(await getSettings())?.excludeMatches).toEqual([]);
  });

  it('listed: only the listed sites and their subdomains; a listed site also switched off drops out', async () => {
    await setSetting('runMode', 'listed');
    await setSetting('allowedSites', ['a.example', 'b.example']);
    await setSetting('disabledSites', ['b.example']);
    const reg = detectorRegistration(await getSettings());
    expect(reg?.matches).toEqual(['*://a.example/*', '*://*.a.example/*']);
    expect(reg?.excludeMatches).toEqual(sitePatterns('b.example'));
  });

  it('listed: a subdomain switched off inside a listed site is excluded', async () => {
    await setSetting('runMode', 'listed');
    await setSetting('allowedSites', ['example.com']);
    await setSetting('disabledSites', ['sport.example.com']);
    const reg = detectorRegistration(await getSettings());
    expect(reg?.matches).toEqual(sitePatterns('example.com'));
    expect(reg?.excludeMatches).toEqual(sitePatterns('sport.example.com'));
  });

  it('listed with an empty list, and manual: nothing is registered', async () => {
    await setSetting('runMode', 'listed');
    expect(detectorRegistration(await getSettings())).toBeNull();
    await setSetting('allowedSites', ['example.com']);
    await setSetting('runMode', 'manual');
    expect(detectorRegistration(await getSettings())).toBeNull();
  });

  it('a corrupt run mode registers as auto', async () => {
    await fakeBrowser.storage.local.set({ runMode: 'sometimes', allowedSites: 'x' });
    expect(detectorRegistration(await getSettings())?.matches).toEqual([
      'http://*/*',
      'https://*/*',
    ]);
  });

  it('every site the "Add a site" box accepts makes valid match patterns', () => {
    for (const input of ['example.com', 'localhost:3000', '127.0.0.1', 'пример.рф', '*.a.b.org']) {
      const parsed = parseSiteInput(input);
      expect(parsed.ok, input).toBe(true);
      for (const pattern of sitePatterns(parsed.ok ? parsed.site : '')) {
        expect(pattern).toMatch(MATCH_PATTERN);
      }
    }
  });
});
