/** What the background does with each message, after checking who sent it. */
import { browser, type Browser } from 'wxt/browser';
import {
  BackgroundMessageSchema,
  PageReportSchema,
  type BackgroundMessage,
  type PageReport,
  type TabState,
} from '../../lib/messages';
import { isOwnContentScript, isOwnExtensionPage } from '../../lib/sender';
import { inSiteList, siteKey } from '../../lib/settings/sites';
import { getSettings } from '../../lib/settings/store';
import { clearTabState, getTabState, setTabState } from './tab-store';
import { injectCard, runDetector } from './scripts';

type Sender = Browser.runtime.MessageSender;

/** runtime.onMessage listener: answers with a promise for messages it accepts, else stays silent. */
export function onMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  const parsed = BackgroundMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  const fromPage = isOwnContentScript(sender, browser.runtime.id);
  const fromExtension = isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
  switch (msg.type) {
    case 'factline:page-report':
      return fromPage
        ? onPageReport(sender.tab!.id!, sender.url!, msg).then(() => true)
        : undefined;
    case 'factline:card-visibility':
      return fromPage ? onCardVisibility(sender.tab!.id!, msg.visible) : undefined;
    case 'factline:get-tab-state':
      return fromExtension ? getTabState(msg.tabId) : undefined;
    case 'factline:check-tab':
      return fromExtension ? checkTab(msg.tabId) : undefined;
    case 'factline:card-command':
      return fromExtension ? relayCardCommand(msg) : undefined;
  }
}

/** The detector found (or lost) the story on a page: update state, badge and card. */
export async function onPageReport(
  tabId: number,
  url: string,
  report: PageReport,
): Promise<TabState | null> {
  if (!report.story) {
    await clearTabState(tabId);
    return null;
  }
  const [settings, previous] = await Promise.all([getSettings(), getTabState(tabId)]);
  const site = siteKey(url);
  const siteOff = site !== null && inSiteList(site, settings.disabledSites);
  const state: TabState = {
    url,
    story: report.story,
    strength: report.strength,
    score: report.score,
    passages: report.passages,
    ...(report.published ? { published: report.published } : {}),
    ...(report.lang ? { lang: report.lang } : {}),
    cardVisible: previous?.url === url ? previous.cardVisible : false,
    ...(siteOff
      ? { suppressed: 'site-off' as const }
      : settings.display === 'badge'
        ? { suppressed: 'badge-only' as const }
        : {}),
  };
  await setTabState(tabId, state);
  if (!state.suppressed) await injectCard(tabId).catch(() => undefined);
  return state;
}

async function onCardVisibility(tabId: number, visible: boolean): Promise<boolean> {
  const state = await getTabState(tabId);
  if (state) await setTabState(tabId, { ...state, cardVisible: visible });
  return true;
}

/** "Check this page": runs the detector now, whatever the run mode or site list. */
async function checkTab(tabId: number): Promise<TabState | null> {
  const tab = await browser.tabs.get(tabId);
  const raw = await runDetector(tabId);
  const report = PageReportSchema.safeParse(raw);
  if (!report.success || !tab.url) return null;
  const state = await onPageReport(tabId, tab.url, report.data);
  // A site switched off by the reader still gets the card when they ask for it.
  if (state?.suppressed === 'site-off') {
    const shown: TabState = { ...state };
    delete shown.suppressed;
    await setTabState(tabId, shown);
    await injectCard(tabId);
    return shown;
  }
  return state;
}

async function relayCardCommand(
  msg: Extract<BackgroundMessage, { type: 'factline:card-command' }>,
) {
  const state = await getTabState(msg.tabId);
  if (!state?.story) return false;
  // The card script also serves highlights and jumps when its UI is hidden or off.
  if (msg.command !== 'hide') await injectCard(msg.tabId);
  await browser.tabs.sendMessage(
    msg.tabId,
    {
      type: 'factline:card-command',
      command: msg.command,
      ...(msg.index !== undefined ? { index: msg.index } : {}),
    },
    { frameId: 0 },
  );
  return true;
}
