import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from '../../extension/settings-store';
import { forgetTab } from './detection';
import { onMessage } from './handlers';
import { pushSettingsToCards, stopWatchersOutside, syncTriggerRegistration } from './scripts';
import { clearTabState, clearTabStateUnlessFor } from './tab-store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(onMessage);

  // A new document in a tab: forget what the old one said. (Client-side
  // navigations are reported by the page side itself.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void clearTabStateUnlessFor(tabId, change.url);
    // Loading with no new URL is a reload: a new document, which reports afresh.
    else if (change.status === 'loading') {
      forgetTab(tabId);
      void clearTabState(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    forgetTab(tabId);
    void clearTabState(tabId, { tabClosed: true });
  });

  const sync = () => getSettings().then(syncTriggerRegistration).catch(console.error);
  browser.runtime.onInstalled.addListener(() => void sync());
  browser.runtime.onStartup.addListener(() => void sync());
  watchSettings((settings) => {
    void syncTriggerRegistration(settings).catch(console.error);
    void stopWatchersOutside(settings).catch(console.error);
    void pushSettingsToCards(settings).catch(console.error);
  });
});
