import { cleanup, fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnThisPage } from '../../../entrypoints/popup/OnThisPage';
import type { TabApi } from '../../../entrypoints/popup/tab-api';
import { usePageStatus, type PageStatus } from '../../../entrypoints/popup/use-page-status';
import { createTranslator } from '../../../lib/i18n';
import type { TabState } from '../../../lib/messages';

afterEach(cleanup);
const t = createTranslator('en');

const found = (over: Partial<TabState> = {}): TabState => ({
  url: 'https://news.example.com/a',
  story: 'novgorod-residence-claim',
  strength: 'primary',
  score: 10,
  passages: Array.from({ length: 7 }, (_, i) => ({ text: `Passage text ${i + 1}`, questions: [] })),
  cardVisible: true,
  ...over,
});
const ready = (over: Partial<Extract<PageStatus, { kind: 'ready' }>> = {}): PageStatus => ({
  kind: 'ready',
  tabId: 7,
  site: 'news.example.com',
  siteOff: false,
  state: null,
  checked: false,
  busy: false,
  ...over,
});
const actions = () => ({
  check: vi.fn(),
  turnOn: vi.fn(),
  goToPassage: vi.fn(),
  setCardVisible: vi.fn(),
});
const view = (status: PageStatus, a = actions()) => ({
  a,
  ...render(<OnThisPage status={status} {...a} lang="en" t={t} />),
});

describe('OnThisPage', () => {
  it('found on a primary page: strength, passages that jump, and a card switch', () => {
    const { a, ...v } = view(ready({ state: found() }));
    expect(v.getByRole('region', { name: 'On this page' })).toBeTruthy();
    expect(v.getByText('This page is about the claim.')).toBeTruthy();
    expect(v.queryByRole('heading')).toBeNull();
    const list = v.getByRole('list', { name: '7 passages found' });
    expect(within(list).getAllByRole('button')).toHaveLength(5);
    fireEvent.click(within(list).getByRole('button', { name: 'Go to passage 2: Passage text 2' }));
    expect(a.goToPassage).toHaveBeenCalledWith(1);
    fireEvent.click(v.getByRole('button', { name: 'Show all 7' }));
    expect(within(list).getAllByRole('button')).toHaveLength(7);

    const toggle = v.getByRole('switch', { name: 'Card on the page' });
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(toggle);
    expect(a.setCardVisible).toHaveBeenCalledWith(false);
    expect(v.queryByRole('button', { name: 'Check this page' })).toBeNull();
  });

  it('found as a passing mention, with the card hidden', () => {
    const v = view(ready({ state: found({ strength: 'passing', cardVisible: false }) }));
    expect(v.getByText('This page mentions the claim in passing.')).toBeTruthy();
    expect(v.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    fireEvent.click(v.getByRole('switch'));
    expect(v.a.setCardVisible).toHaveBeenCalledWith(true);
  });

  it('nothing known: offers "Check this page"; after a check, says nothing was found', () => {
    const v = view(ready());
    expect(v.getByText(/has not checked this page/)).toBeTruthy();
    fireEvent.click(v.getByRole('button', { name: 'Check this page' }));
    expect(v.a.check).toHaveBeenCalled();
    v.rerender(<OnThisPage status={ready({ busy: true })} {...v.a} lang="en" t={t} />);
    expect(v.getByRole('button', { name: 'Checking…' }).hasAttribute('disabled')).toBe(true);
    v.rerender(<OnThisPage status={ready({ checked: true })} {...v.a} lang="en" t={t} />);
    expect(v.getByRole('status').textContent).toBe(
      'Nothing about this story was found on this page.',
    );
  });

  it('site switched off: says so, offers to turn it back on, and to check the page', () => {
    const state = found({ suppressed: 'site-off', cardVisible: false });
    const v = view(ready({ siteOff: true, state }));
    expect(v.getByText('Factline is off on news.example.com.')).toBeTruthy();
    fireEvent.click(v.getByRole('button', { name: 'Turn on for news.example.com' }));
    expect(v.a.turnOn).toHaveBeenCalled();
    expect(v.getByRole('button', { name: 'Check this page' })).toBeTruthy();
    expect(v.queryByRole('switch')).toBeNull();
  });

  it('non-http(s) tabs: a quiet line and no controls', () => {
    const v = view({ kind: 'unsupported' });
    expect(v.getByText('Factline doesn’t run on this kind of page.')).toBeTruthy();
    expect(v.queryByRole('button')).toBeNull();
  });
});

function Harness({ api }: { api: TabApi }) {
  const [status, a] = usePageStatus(api);
  return <OnThisPage status={status} {...a} lang="en" t={t} />;
}

const fakeApi = (over: Partial<TabApi> = {}): TabApi => ({
  activeTab: vi.fn(async () => ({ id: 7, url: 'https://www.news.example.com/a' })),
  getTabState: vi.fn(async () => null),
  checkTab: vi.fn(async () => found({ cardVisible: false })),
  cardCommand: vi.fn(async () => undefined),
  disabledSites: vi.fn(async () => []),
  turnSiteOn: vi.fn(async () => undefined),
  ...over,
});

describe('usePageStatus', () => {
  it('checks the page on request and shows the card it found', async () => {
    const api = fakeApi();
    const v = render(<Harness api={api} />);
    fireEvent.click(await v.findByRole('button', { name: 'Check this page' }));
    await v.findByText('This page is about the claim.');
    expect(api.checkTab).toHaveBeenCalledWith(7);
    expect(api.cardCommand).toHaveBeenCalledWith(7, 'show');
    expect(v.getByRole('switch').getAttribute('aria-checked')).toBe('true');
  });

  it('turns a switched-off site back on, then checks the page', async () => {
    const api = fakeApi({ disabledSites: vi.fn(async () => ['news.example.com']) });
    const v = render(<Harness api={api} />);
    fireEvent.click(await v.findByRole('button', { name: 'Turn on for news.example.com' }));
    await waitFor(() => expect(v.queryByText(/Factline is off/)).toBeNull());
    expect(api.turnSiteOn).toHaveBeenCalledWith('news.example.com');
    expect(api.checkTab).toHaveBeenCalled();
  });

  it('relays passage jumps and card visibility to the tab', async () => {
    const api = fakeApi({ getTabState: vi.fn(async () => found()) });
    const v = render(<Harness api={api} />);
    fireEvent.click(await v.findByRole('button', { name: /^Go to passage 3/ }));
    expect(api.cardCommand).toHaveBeenCalledWith(7, 'focus-passage', 2);
    fireEvent.click(v.getByRole('switch'));
    await waitFor(() => expect(v.getByRole('switch').getAttribute('aria-checked')).toBe('false'));
    expect(api.cardCommand).toHaveBeenCalledWith(7, 'hide');
  });

  it('says Factline does not run on a browser page', async () => {
    const api = fakeApi({ activeTab: vi.fn(async () => ({ id: 1, url: 'chrome://newtab/' })) });
    const v = render(<Harness api={api} />);
    expect(await v.findByText('Factline doesn’t run on this kind of page.')).toBeTruthy();
    expect(api.getTabState).not.toHaveBeenCalled();
  });
});
