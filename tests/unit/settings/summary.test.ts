import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../lib/i18n';
import { defaultSettings } from '../../../lib/settings/definitions';
import { settingsSummary } from '../../../lib/settings/summary';
import { interfaceLang } from '../../../lib/settings/ui-lang';

const t = createTranslator('en');

describe('settingsSummary', () => {
  it('sums up the defaults', () => {
    expect(settingsSummary(defaultSettings(), t)).toBe('Every site · Card · Highlights on');
  });

  it('counts listed sites, and names the other choices', () => {
    const s = { ...defaultSettings(), display: 'badge' as const, highlights: false };
    expect(settingsSummary({ ...s, runMode: 'listed', allowedSites: ['a.com', 'b.com'] }, t)).toBe(
      '2 listed sites · Badge only · Highlights off',
    );
    expect(settingsSummary({ ...s, runMode: 'listed', allowedSites: [] }, t)).toMatch(
      /^No sites listed · /,
    );
    expect(settingsSummary({ ...s, runMode: 'manual', display: 'pill' }, t)).toBe(
      'When I ask · Pill only · Highlights off',
    );
  });
});

describe('interfaceLang', () => {
  it('follows the browser for "auto" (first supported language, else English)', () => {
    expect(interfaceLang('auto', ['pl-PL', 'uk-UA', 'en'])).toBe('uk');
    expect(interfaceLang('auto', ['ja'])).toBe('en');
  });

  it('uses a chosen language whatever the browser says; junk means auto', () => {
    expect(interfaceLang('de', ['fr-FR'])).toBe('de');
    expect(interfaceLang('xx', ['fr-FR'])).toBe('fr');
  });
});
