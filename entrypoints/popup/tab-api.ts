/**
 * The popup's only extension calls: the active tab, the background's view of it,
 * the per-site switch and the way to the options page. Kept here so the popup's components and state logic
 * are tested with a fake of this interface.
 */
import { browser } from 'wxt/browser';
import { TabStateSchema, type CardCommand, type TabState } from '../../lib/messages';
import { removeCovering } from '../../lib/settings/sites';
import { getSetting, setSetting } from '../../extension/settings-store';

export interface ActiveTab {
  id: number;
  url: string;
}

export interface TabApi {
  activeTab(): Promise<ActiveTab | null>;
  getTabState(tabId: number): Promise<TabState | null>;
  /** Runs the detector in the tab now (activeTab); shows the card even on a switched-off site. */
  checkTab(tabId: number): Promise<TabState | null>;
  cardCommand(tabId: number, command: CardCommand['command'], index?: number): Promise<void>;
  disabledSites(): Promise<string[]>;
  turnSiteOn(site: string): Promise<void>;
}

const parseState = (raw: unknown): TabState | null => {
  const parsed = TabStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
};

/** The real thing, over runtime messages to the background and settings storage. */
export const tabApi: TabApi = {
  async activeTab() {
    // popup.html?tab=ID targets that tab: the e2e tests and the demo open the popup as a page.
    const wanted = Number(new URLSearchParams(location.search).get('tab'));
    const [tab] =
      Number.isInteger(wanted) && wanted > 0
        ? [await browser.tabs.get(wanted).catch(() => undefined)]
        : await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined ? { id: tab.id, url: tab.url ?? '' } : null;
  },
  async getTabState(tabId) {
    return parseState(await browser.runtime.sendMessage({ type: 'factline:get-tab-state', tabId }));
  },
  async checkTab(tabId) {
    return parseState(await browser.runtime.sendMessage({ type: 'factline:check-tab', tabId }));
  },
  async cardCommand(tabId, command, index) {
    await browser.runtime.sendMessage({
      type: 'factline:card-command',
      tabId,
      command,
      ...(index !== undefined ? { index } : {}),
    });
  },
  disabledSites: () => getSetting('disabledSites'),
  async turnSiteOn(site) {
    // Also drops a parent domain's entry ("example.com" switches off news.example.com).
    await setSetting('disabledSites', removeCovering(await getSetting('disabledSites'), site));
  },
};

/** Opens the options page in a tab and closes the popup. */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
  window.close();
}
