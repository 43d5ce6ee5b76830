import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '../../../components/settings/SettingsForm';
import type { UpdateSetting } from '../../../components/settings/use-settings';
import { createTranslator } from '../../../lib/i18n';
import { defaultSettings, type Settings } from '../../../lib/settings/definitions';

afterEach(cleanup);
const t = createTranslator('en');

/** The form over local state, recording every change it emits. */
function Harness({
  initial,
  onEmit,
}: {
  initial: Settings;
  onEmit: (n: string, v: unknown) => void;
}) {
  const [s, set] = useState(initial);
  const change: UpdateSetting = (name, value) => {
    onEmit(name, value);
    set((old) => ({ ...old, [name]: value }));
  };
  return <SettingsForm settings={s} onChange={change} browserLang="de" lang="en" t={t} />;
}

const setup = (over: Partial<Settings> = {}) => {
  const emit = vi.fn();
  const v = render(<Harness initial={{ ...defaultSettings(), ...over }} onEmit={emit} />);
  return { emit, ...v };
};
const group = (v: ReturnType<typeof setup>, name: string) => v.getByRole('group', { name });
const checked = (el: HTMLElement) => (el as HTMLInputElement).checked;

describe('SettingsForm (options page)', () => {
  it('renders the current values in labelled groups with headings', () => {
    const v = setup({ runMode: 'manual', display: 'pill', highlights: false, uiLang: 'uk' });
    expect(v.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Where Factline runs',
      'Sites where Factline is off',
      'What appears',
      'Highlights',
      'Interface language',
      'Privacy',
    ]);
    const run = group(v, 'Where Factline runs');
    expect(
      checked(within(run).getByRole('radio', { name: 'Only when I click “Check this page”' })),
    ).toBe(true);
    expect(checked(v.getByRole('radio', { name: 'Pill only' }))).toBe(true);
    expect(checked(v.getByRole('switch', { name: 'Highlight the passages about the claim' }))).toBe(
      false,
    );
    const langs = group(v, 'Interface language');
    expect(checked(within(langs).getByRole('radio', { name: 'Українська' }))).toBe(true);
    // "Follow the browser" names what it would give; each language is named in itself.
    expect(within(langs).getByRole('radio', { name: 'Follow the browser (Deutsch)' })).toBeTruthy();
    expect(within(langs).getByText('Русский').getAttribute('lang')).toBe('ru');
    expect(v.getByText(/Nothing leaves your browser/)).toBeTruthy();
  });

  it('describes each option with its hint', () => {
    const v = setup();
    const badge = v.getByRole('radio', { name: 'Badge only' });
    const hint = document.getElementById(badge.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toMatch(/Only a mark on the Factline toolbar button/);
  });

  it('emits each change', () => {
    const v = setup();
    fireEvent.click(v.getByRole('radio', { name: 'Badge only' }));
    fireEvent.click(v.getByRole('switch', { name: 'Highlight the passages about the claim' }));
    fireEvent.click(v.getByRole('radio', { name: 'Français' }));
    fireEvent.click(v.getByRole('radio', { name: 'Only when I click “Check this page”' }));
    expect(v.emit.mock.calls).toEqual([
      ['display', 'badge'],
      ['highlights', false],
      ['uiLang', 'fr'],
      ['runMode', 'manual'],
    ]);
    expect(checked(v.getByRole('radio', { name: 'Badge only' }))).toBe(true);
  });

  it('shows the editable site list only while "only on sites I list" is chosen', () => {
    const v = setup({ allowedSites: ['example.com'] });
    expect(v.queryByRole('list', { name: 'Sites Factline runs on' })).toBeNull();
    fireEvent.click(v.getByRole('radio', { name: 'Only on sites I list' }));
    const list = v.getByRole('list', { name: 'Sites Factline runs on' });
    expect(within(list).getByText('example.com')).toBeTruthy();
  });

  it('says what happens with "listed" and no sites yet', () => {
    const v = setup({ runMode: 'listed' });
    expect(v.getByText(/No sites yet\. Until you add one/)).toBeTruthy();
  });
});

describe('site list editing', () => {
  const offGroup = (v: ReturnType<typeof setup>) => group(v, 'Sites where Factline is off');

  it('adds a URL as its normalised site, and clears the box', () => {
    const v = setup({ disabledSites: ['zeta.org'] });
    const g = offGroup(v);
    const box = within(g).getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(box, { target: { value: 'https://WWW.Example.com/world/story' } });
    fireEvent.click(within(g).getByRole('button', { name: 'Add' }));
    expect(v.emit).toHaveBeenLastCalledWith('disabledSites', ['example.com', 'zeta.org']);
    expect((box as HTMLInputElement).value).toBe('');
    expect(within(g).getByRole('status').textContent).toBe('Added example.com.');
  });

  it('refuses junk with an inline error tied to the box, and emits nothing', () => {
    const v = setup();
    const g = offGroup(v);
    const box = within(g).getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(box, { target: { value: 'not a site' } });
    fireEvent.submit(box.closest('form')!);
    const alert = within(g).getByRole('alert');
    expect(alert.textContent).toBe(
      '“not a site” doesn’t look like a site address. Try something like example.com.',
    );
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(box.getAttribute('aria-describedby')).toContain(alert.id);
    expect(document.activeElement).toBe(box);
    expect(v.emit).not.toHaveBeenCalled();
    // Typing again clears the error.
    fireEvent.input(box, { target: { value: 'example.com' } });
    expect(within(g).queryByRole('alert')).toBeNull();
    expect(box.hasAttribute('aria-invalid')).toBe(false);
  });

  it.each([
    ['', 'Type a site’s address first.'],
    ['chrome://settings', 'Factline runs only on web pages (addresses starting http or https).'],
    ['www.example.com', 'example.com is already in the list.'],
    ['news.example.com', 'news.example.com is already covered by example.com.'],
  ])('explains why %j is refused', (input, message) => {
    const v = setup({ disabledSites: ['example.com'] });
    const g = offGroup(v);
    const box = within(g).getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(box, { target: { value: input } });
    fireEvent.submit(box.closest('form')!);
    expect(within(g).getByRole('alert').textContent).toBe(message);
  });

  it('removes a site with undo, moving focus to the next site, and undo puts it back', () => {
    const v = setup({ disabledSites: ['a.com', 'b.com', 'c.com'] });
    const g = offGroup(v);
    fireEvent.click(within(g).getByRole('button', { name: 'Remove b.com' }));
    expect(v.emit).toHaveBeenLastCalledWith('disabledSites', ['a.com', 'c.com']);
    expect(document.activeElement).toBe(within(g).getByRole('button', { name: 'Remove c.com' }));
    const status = within(g).getByRole('status');
    expect(status.textContent).toMatch(/^Removed b\.com\./);

    fireEvent.click(within(status).getByRole('button', { name: 'Undo removing b.com' }));
    expect(v.emit).toHaveBeenLastCalledWith('disabledSites', ['a.com', 'b.com', 'c.com']);
    expect(document.activeElement).toBe(within(g).getByRole('button', { name: 'Remove b.com' }));
    expect(within(g).queryByRole('button', { name: /^Undo/ })).toBeNull();
  });

  it('removing the last site shows the empty note and sends focus to the box', () => {
    const v = setup({ disabledSites: ['only.org'] });
    const g = offGroup(v);
    fireEvent.click(within(g).getByRole('button', { name: 'Remove only.org' }));
    expect(within(g).queryByRole('list')).toBeNull();
    expect(within(g).getByText(/^None\./)).toBeTruthy();
    expect(document.activeElement).toBe(within(g).getByRole('textbox', { name: 'Add a site' }));
    expect(within(g).getByRole('button', { name: 'Undo removing only.org' })).toBeTruthy();
  });

  it('undo offers only the latest removal', () => {
    const v = setup({ disabledSites: ['a.com', 'b.com'] });
    const g = offGroup(v);
    fireEvent.click(within(g).getByRole('button', { name: 'Remove a.com' }));
    fireEvent.click(within(g).getByRole('button', { name: 'Remove b.com' }));
    expect(
      within(g)
        .getAllByRole('button', { name: /^Undo/ })
        .map((b) => b.textContent),
    ).toEqual(['Undo']);
    expect(within(g).getByRole('button', { name: 'Undo removing b.com' })).toBeTruthy();
  });

  it('the allowed list under "listed" edits allowedSites the same way', () => {
    const v = setup({ runMode: 'listed' });
    const g = group(v, 'Where Factline runs');
    fireEvent.input(within(g).getByRole('textbox', { name: 'Add a site' }), {
      target: { value: 'localhost:8080' },
    });
    fireEvent.click(within(g).getByRole('button', { name: 'Add' }));
    expect(v.emit).toHaveBeenLastCalledWith('allowedSites', ['localhost']);
  });
});
