import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/badge';
import { detectorRegistration, sitePatterns } from '../../../lib/registration';
import { isOwnContentScript, isOwnExtensionContext, isOwnExtensionPage } from '../../../lib/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('sender checks', () => {
  const tabSender = { id: ID, url: 'https://news.example/a', frameId: 0, tab: { id: 4 } };

  it('accepts only our content script in a top frame of an http(s) page', () => {
    expect(isOwnContentScript(tabSender, ID)).toBe(true);
    expect(isOwnContentScript({ ...tabSender, id: 'another-extension' }, ID)).toBe(false);
    expect(isOwnContentScript({ ...tabSender, frameId: 3 }, ID)).toBe(false);
    expect(isOwnContentScript({ ...tabSender, tab: undefined }, ID)).toBe(false);
    expect(isOwnContentScript({ ...tabSender, url: 'file:///etc/passwd' }, ID)).toBe(false);
  });

  it('accepts only our own extension pages for popup requests', () => {
    expect(isOwnExtensionPage({ id: ID, url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isOwnExtensionPage(tabSender, ID, ORIGIN)).toBe(false);
    expect(isOwnExtensionPage({ id: 'x', url: `${ORIGIN}popup.html` }, ID, ORIGIN)).toBe(false);
  });

  it('tells the background apart from content scripts', () => {
    expect(isOwnExtensionContext({ id: ID }, ID)).toBe(true);
    expect(isOwnExtensionContext(tabSender, ID)).toBe(false);
  });
});

describe('badge', () => {
  it('differs by strength and is empty without a story', () => {
    const primary = badgeFor('primary');
    const passing = badgeFor('passing');
    expect(primary && passing).toBeTruthy();
    expect(primary!.text).not.toBe(passing!.text);
    expect(primary!.colour).not.toBe(passing!.colour);
    expect(badgeFor(null)).toBeNull();
  });
});

describe('detector registration', () => {
  const base = { allowedSites: ['news.example'], disabledSites: ['off.example'] };

  it('runs everywhere but switched-off sites in auto mode', () => {
    expect(detectorRegistration({ ...base, runMode: 'auto' })).toEqual({
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: sitePatterns('off.example'),
    });
  });

  it('runs only on listed sites in listed mode, and nowhere in manual mode', () => {
    expect(detectorRegistration({ ...base, runMode: 'listed' })?.matches).toEqual([
      '*://news.example/*',
      '*://*.news.example/*',
    ]);
    expect(detectorRegistration({ ...base, allowedSites: [], runMode: 'listed' })).toBeNull();
    expect(detectorRegistration({ ...base, runMode: 'manual' })).toBeNull();
  });
});
