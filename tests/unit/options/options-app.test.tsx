/**
 * The options page over real settings storage (fakeBrowser): what it shows from
 * storage, what it writes, live updates from elsewhere, a language switch that
 * re-renders the page, and a failed write.
 */
import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SettingsStore } from '../../../components/settings/use-settings';
import { OptionsApp } from '../../../entrypoints/options/OptionsApp';
import {
  getSetting,
  resetSettingsForTests,
  setSetting,
  settingsStore,
} from '../../../extension/settings-store';

beforeEach(() => {
  fakeBrowser.reset();
  resetSettingsForTests();
});
afterEach(cleanup);

const open = (store: SettingsStore = settingsStore, langs = ['en-GB']) =>
  render(<OptionsApp store={store} initial={null} browserLangs={langs} />);

describe('OptionsApp', () => {
  it('loads stored values, with defaults for corrupt ones', async () => {
    await fakeBrowser.storage.local.set({ display: 'pill', highlights: 'nope', runMode: 7 });
    const v = open();
    v.getByRole('heading', { level: 1, name: 'Factline settings' });
    const pill = (await v.findByRole('radio', { name: 'Pill only' })) as HTMLInputElement;
    expect(pill.checked).toBe(true);
    expect(
      (v.getByRole('radio', { name: 'Automatically on every site' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect((v.getByRole('switch') as HTMLInputElement).checked).toBe(true);
  });

  it('writes changes to storage', async () => {
    const v = open();
    fireEvent.click(await v.findByRole('radio', { name: 'Badge only' }));
    fireEvent.click(v.getByRole('radio', { name: 'Only on sites I list' }));
    const run = v.getByRole('group', { name: 'Where Factline runs' });
    fireEvent.input(within(run).getByRole('textbox', { name: 'Add a site' }), {
      target: { value: 'https://www.example.org/a' },
    });
    fireEvent.click(within(run).getByRole('button', { name: 'Add' }));
    await waitFor(async () => expect(await getSetting('allowedSites')).toEqual(['example.org']));
    expect(await getSetting('display')).toBe('badge');
    expect(await getSetting('runMode')).toBe('listed');
  });

  it('follows changes made elsewhere (the popup, the card, another tab)', async () => {
    const v = open();
    await v.findByRole('radio', { name: 'Card' });
    await setSetting('disabledSites', ['from-the-card.example']);
    const off = v.getByRole('group', { name: 'Sites where Factline is off' });
    expect(await within(off).findByText('from-the-card.example')).toBeTruthy();
  });

  it('re-renders in the chosen language, and names the browser language for "auto"', async () => {
    const v = open(settingsStore, ['ru-RU', 'en']);
    fireEvent.click(await v.findByRole('radio', { name: 'Deutsch' }));
    await waitFor(() => expect(document.documentElement.lang).toBe('de'));
    expect(await getSetting('uiLang')).toBe('de');
    expect(v.getByRole('radio', { name: /\(Русский\)$/ })).toBeTruthy();
  });

  it('a failed write says so and shows the stored value again', async () => {
    const store: SettingsStore = {
      ...settingsStore,
      save: vi.fn(async () => {
        throw new Error('quota');
      }),
    };
    const v = open(store);
    fireEvent.click(await v.findByRole('radio', { name: 'Pill only' }));
    expect((await v.findByRole('alert')).textContent).toBe('That change wasn’t saved. Try again.');
    await waitFor(() =>
      expect((v.getByRole('radio', { name: 'Card' }) as HTMLInputElement).checked).toBe(true),
    );
  });
});
