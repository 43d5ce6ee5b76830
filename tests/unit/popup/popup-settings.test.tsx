import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UpdateSetting } from '../../../components/settings/use-settings';
import { PopupSettings } from '../../../entrypoints/popup/PopupSettings';
import { createTranslator } from '../../../lib/i18n';
import { defaultSettings, type Settings } from '../../../lib/settings/definitions';

afterEach(cleanup);
const t = createTranslator('en');

function Harness(props: {
  initial: Settings;
  site: string | null;
  emit: (n: string, v: unknown) => void;
  onSiteChange: (on: boolean) => void;
  onOpenOptions: () => void;
}) {
  const [s, set] = useState(props.initial);
  const change: UpdateSetting = (name, value) => {
    props.emit(name, value);
    set((old) => ({ ...old, [name]: value }));
  };
  return (
    <PopupSettings
      settings={s}
      onChange={change}
      site={props.site}
      onSiteChange={props.onSiteChange}
      onOpenOptions={props.onOpenOptions}
      lang="en"
      t={t}
    />
  );
}

const setup = (over: Partial<Settings> = {}, site: string | null = 'news.example.com') => {
  const fns = { emit: vi.fn(), onSiteChange: vi.fn(), onOpenOptions: vi.fn() };
  const v = render(<Harness initial={{ ...defaultSettings(), ...over }} site={site} {...fns} />);
  const details = v.container.querySelector('details')!;
  const expand = () => {
    details.open = true;
  };
  return { ...fns, ...v, details, expand };
};

describe('PopupSettings', () => {
  it('is collapsed by default, with a summary of what is set', () => {
    const v = setup({ display: 'pill', highlights: false });
    expect(v.details.open).toBe(false);
    expect(v.details.querySelector('summary')!.textContent).toBe(
      'SettingsEvery site · Pill only · Highlights off',
    );
  });

  it('offers run mode, what appears, highlights, this site, and all settings', () => {
    const v = setup({ disabledSites: ['example.com'] });
    v.expand();
    const run = v.getByRole('group', { name: 'Where Factline runs' });
    expect(
      within(run)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['auto', 'listed', 'manual']);
    expect(v.getByText('Applies to pages you open or reload from now on.')).toBeTruthy();
    const what = v.getByRole('group', { name: 'What appears' });
    expect(within(what).getAllByRole('radio')).toHaveLength(3);
    // The parent domain is off, so this subdomain is off too.
    const site = v.getByRole('switch', { name: 'Factline on news.example.com' });
    expect((site as HTMLInputElement).checked).toBe(false);
    // No site lists or language here: those are on the options page.
    expect(v.queryByRole('textbox')).toBeNull();
    expect(v.queryByRole('radio', { name: 'Deutsch' })).toBeNull();
  });

  it('emits changes and keeps the summary in step', () => {
    const v = setup();
    v.expand();
    fireEvent.click(v.getByRole('radio', { name: 'Badge only' }));
    fireEvent.click(v.getByRole('radio', { name: 'When I ask' }));
    fireEvent.click(v.getByRole('switch', { name: 'Highlight the passages about the claim' }));
    expect(v.emit.mock.calls).toEqual([
      ['display', 'badge'],
      ['runMode', 'manual'],
      ['highlights', false],
    ]);
    expect(v.details.querySelector('summary')!.textContent).toContain(
      'When I ask · Badge only · Highlights off',
    );
  });

  it('switches this site off and on through its callback; opens all settings', () => {
    const v = setup();
    v.expand();
    fireEvent.click(v.getByRole('switch', { name: 'Factline on news.example.com' }));
    expect(v.onSiteChange).toHaveBeenCalledWith(false);
    fireEvent.click(v.getByRole('button', { name: 'All settings' }));
    expect(v.onOpenOptions).toHaveBeenCalled();
  });

  it('in "sites I list" mode, adds the current site to the list', () => {
    const v = setup({ runMode: 'listed', allowedSites: ['other.org'] });
    v.expand();
    fireEvent.click(v.getByRole('button', { name: 'Add news.example.com to my sites' }));
    expect(v.emit).toHaveBeenCalledWith('allowedSites', ['news.example.com', 'other.org']);
    expect(v.getByText('news.example.com is on your list.')).toBeTruthy();
  });

  it('on a browser page: no site switch', () => {
    const v = setup({}, null);
    v.expand();
    expect(v.queryByRole('switch', { name: /^Factline on/ })).toBeNull();
    expect(v.getAllByRole('switch')).toHaveLength(1);
  });
});
