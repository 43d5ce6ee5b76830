/** The popup's "On this page" state and actions, over a TabApi (real or fake). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { TabState } from '../../lib/messages';
import { inSiteList, siteKey } from '../../lib/settings/sites';
import type { TabApi } from './tab-api';

export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'error' }
  | {
      kind: 'ready';
      tabId: number;
      site: string;
      /** The site is in the reader's off list. */
      siteOff: boolean;
      state: TabState | null;
      /** "Check this page" ran (so "nothing" is an answer, not a guess). */
      checked: boolean;
      busy: boolean;
    };

export interface PageActions {
  check(): void;
  turnOn(): void;
  goToPassage(index: number): void;
  setCardVisible(visible: boolean): void;
}

/** Loads the active tab's status once, and offers the actions that change it. */
export function usePageStatus(api: TabApi): [PageStatus, PageActions] {
  const [status, setStatus] = useState<PageStatus>({ kind: 'loading' });

  useEffect(() => {
    void (async () => {
      const tab = await api.activeTab();
      const site = tab ? siteKey(tab.url) : null;
      if (!tab || !site) return setStatus({ kind: 'unsupported' });
      const [state, off] = await Promise.all([api.getTabState(tab.id), api.disabledSites()]);
      setStatus({
        kind: 'ready',
        tabId: tab.id,
        site,
        siteOff: inSiteList(site, off),
        state,
        checked: false,
        busy: false,
      });
    })().catch(() => setStatus({ kind: 'error' }));
  }, [api]);

  const ready = status.kind === 'ready' ? status : null;
  const run = useCallback(
    (work: (s: Extract<PageStatus, { kind: 'ready' }>) => Promise<Partial<PageStatus>>) => {
      if (!ready || ready.busy) return;
      setStatus({ ...ready, busy: true });
      work(ready)
        .then((change) => setStatus({ ...ready, ...change, busy: false } as PageStatus))
        .catch(() => setStatus({ kind: 'error' }));
    },
    [ready],
  );

  // Checking on request also shows the card: the reader asked for it.
  const checkAndShow = async (s: Extract<PageStatus, { kind: 'ready' }>) => {
    const state = await api.checkTab(s.tabId);
    if (state?.story) await api.cardCommand(s.tabId, 'show');
    return { state: state?.story ? { ...state, cardVisible: true } : state, checked: true };
  };

  return [
    status,
    {
      check: () => run(checkAndShow),
      turnOn: () =>
        run(async (s) => {
          await api.turnSiteOn(s.site);
          return { siteOff: false, ...(await checkAndShow(s)) };
        }),
      goToPassage: (index) => {
        if (ready) void api.cardCommand(ready.tabId, 'focus-passage', index).catch(() => undefined);
      },
      setCardVisible: (visible) =>
        run(async (s) => {
          await api.cardCommand(s.tabId, visible ? 'show' : 'hide');
          return { state: s.state && { ...s.state, cardVisible: visible } };
        }),
    },
  ];
}
