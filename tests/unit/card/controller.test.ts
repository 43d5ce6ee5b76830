import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardRootProps } from '../../../components/CardRoot';
import type { Detection } from '../../../lib/detect/types';
import type { PageResult } from '../../../lib/page-slot';
import { defaultSettings, type Settings } from '../../../lib/settings/definitions';
import { createCardController, type CardDeps } from '../../../entrypoints/card/controller';
import { stepPassage } from '../../../lib/card/page-state';
import { fakeResult, fetchKitFor, flush } from './card-deps';
import { pack } from './card-props';

const URL_A = 'https://www.news.example.com/world/claim';
const detection = (strength: 'primary' | 'passing' | null): Detection => ({
  story: strength ? pack.id : null,
  strength,
  score: strength ? 10 : 0,
  passages: strength
    ? [0, 1, 2].map((i) => ({
        block: i,
        start: 0,
        end: 5,
        text: `p${i}`,
        questions: ['targeting'],
      }))
    : [],
});
const resultFor = (strength: 'primary' | 'passing' | null, url = URL_A): PageResult =>
  fakeResult(url, detection(strength));

// Stand-ins for DOM ranges: the controller only passes them on.
const ranges = [{ id: 0 }, null, { id: 2 }] as unknown as (Range | null)[];

let result: PageResult | null;
let settings: Settings;
let rendered: CardRootProps | null;
let deps: CardDeps;
const spy = {
  render: vi.fn((props: CardRootProps | null) => (rendered = props)),
  highlight: vi.fn(),
  scrollTo: vi.fn(),
  sendVisibility: vi.fn(),
  disableSite: vi.fn(),
  restoreFocus: vi.fn(),
};

beforeEach(() => {
  result = resultFor('primary');
  settings = defaultSettings();
  rendered = null;
  for (const fn of Object.values(spy)) fn.mockClear();
  deps = {
    ...spy,
    result: () => result,
    browserLangs: () => ['en-GB'],
    fetchKit: fetchKitFor(pack, () => settings),
    measure: () => ({ viewport: { width: 1280, height: 800 }, column: { left: 160, right: 800 } }),
    ranges: () => ranges,
  };
});

const lastVisibility = () => spy.sendVisibility.mock.calls.at(-1)?.[0];

/** The controller with its story text fetched (the fetch answers on the next tick). */
async function started(): Promise<ReturnType<typeof createCardController>> {
  const c = createCardController(deps);
  c.injected();
  await flush();
  return c;
}

describe('card controller', () => {
  it('shows the card on a primary page, highlights the passages it can map, and says so', async () => {
    await started();
    expect(rendered?.ui).toBe('card');
    expect(rendered?.shown).toEqual([0, 2]);
    expect(spy.highlight).toHaveBeenLastCalledWith([ranges[0], ranges[2]], null);
    expect(lastVisibility()).toBe(true);
  });

  it('shows the pill for a passing mention', async () => {
    result = resultFor('passing');
    await started();
    expect(rendered?.ui).toBe('pill');
  });

  it('dismisses for this page: no view, no highlights, focus returned; a later run keeps it hidden', async () => {
    const c = await started();
    rendered!.onDismiss();
    expect(rendered).toBeNull();
    expect(spy.highlight).toHaveBeenLastCalledWith(null, null);
    expect(spy.restoreFocus).toHaveBeenCalled();
    expect(lastVisibility()).toBe(false);
    c.injected();
    expect(rendered).toBeNull();
    result = resultFor('primary', `${URL_A}?page=2`);
    c.update();
    expect(rendered?.ui).toBe('card');
  });

  it('"Don’t show on this site" stores the site and hides the card', async () => {
    await started();
    rendered!.onDisableSite();
    expect(spy.disableSite).toHaveBeenCalled();
    expect(rendered).toBeNull();
  });

  it('removes itself when a re-check finds no story (client-side navigation)', async () => {
    const c = await started();
    result = resultFor(null, 'https://news.example.com/weather');
    c.update();
    expect(rendered).toBeNull();
    expect(spy.highlight).toHaveBeenLastCalledWith(null, null);
    expect(lastVisibility()).toBe(false);
  });

  it('badge only: no view until the popup asks to show it', async () => {
    settings = { ...settings, display: 'badge' };
    const c = await started();
    expect(rendered).toBeNull();
    expect(lastVisibility()).toBe(false);
    c.command({ command: 'show' });
    await flush(); // the story text was not needed (nor fetched) before
    expect(rendered?.ui).toBe('card');
    expect(lastVisibility()).toBe(true);
    c.command({ command: 'hide' });
    expect(rendered).toBeNull();
  });

  it('on a switched-off site, shows the card only because this run was asked for', async () => {
    settings = { ...settings, disabledSites: ['news.example.com'] };
    const c = await started();
    expect(rendered?.ui).toBe('card');
    c.command({ command: 'hide' });
    c.update();
    expect(rendered).toBeNull();
  });

  it('goes to a passage for the popup even without a view, and highlights it as current', async () => {
    settings = { ...settings, display: 'badge' };
    const c = await started();
    c.command({ command: 'focus-passage', index: 2 });
    expect(rendered).toBeNull();
    expect(spy.highlight).toHaveBeenLastCalledWith([ranges[0], ranges[2]], ranges[2]);
    expect(spy.scrollTo).toHaveBeenCalledWith(
      ranges[2],
      expect.objectContaining({ mode: 'side' }),
      'none',
    );
  });

  it('steps through the passages it can show, wrapping around', async () => {
    await started();
    rendered!.onStep(1);
    expect(rendered?.current).toBe(0);
    rendered!.onStep(1);
    expect(rendered?.current).toBe(1);
    expect(spy.scrollTo).toHaveBeenLastCalledWith(ranges[2], expect.anything(), 'card');
    rendered!.onStep(1);
    expect(rendered?.current).toBe(0);
    rendered!.onStep(-1);
    expect(rendered?.current).toBe(1);
  });

  it('keeps highlights off when the setting is off', async () => {
    settings = { ...settings, highlights: false };
    await started();
    expect(rendered?.ui).toBe('card');
    expect(spy.highlight).toHaveBeenLastCalledWith(null, null);
  });

  it('remembers expanded and opened state across updates on the same page', async () => {
    result = resultFor('passing');
    const c = await started();
    rendered!.onOpen();
    expect(rendered?.ui).toBe('card');
    expect(rendered?.foldsToPill).toBe(true);
    rendered!.onExpandedChange(true);
    c.injected();
    expect(rendered).toMatchObject({ ui: 'card', expanded: true });
    rendered!.onFold();
    expect(rendered).toMatchObject({ ui: 'pill', expanded: false });
  });
});

describe('stepPassage', () => {
  it('wraps around the passages that can be shown, starting from either end', async () => {
    expect(stepPassage([2, 5, 9], null, 1)).toBe(2);
    expect(stepPassage([2, 5, 9], null, -1)).toBe(9);
    expect(stepPassage([2, 5, 9], 9, 1)).toBe(2);
    expect(stepPassage([2, 5, 9], 2, -1)).toBe(9);
    expect(stepPassage([2, 5, 9], 4, 1)).toBe(2); // a passage that cannot be shown
    expect(stepPassage([], null, 1)).toBeUndefined();
  });
});
