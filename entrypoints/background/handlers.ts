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
import { getTabState, updateTabState } from './tab-store';
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
      return fromPage ? onCardVisibility(sender.tab!.id!, sender.url!, msg.visible) : undefined;
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
  { askedByReader = false } = {},
): Promise<TabState | null> {
  const settings = await getSettings();
  let injectNow = false;
  const state = await updateTabState(tabId, (previous) => {
    if (!report.story) return null;
    const shownOnThisPage = previous?.url === url && previous.story && !previous.suppressed;
    const site = siteKey(url);
    const siteOff = site !== null && inSiteList(site, settings.disabledSites);
    const next: TabState = {
      url,
      story: report.story,
      strength: report.strength,
      score: report.score,
      passages: report.passages,
      ...(report.published ? { published: report.published } : {}),
      ...(report.lang ? { lang: report.lang } : {}),
      cardVisible: previous?.url === url ? previous.cardVisible : false,
      // When the reader asked ("Check this page"), show it whatever the settings say,
      // and keep it shown while they stay on that page.
      ...(askedByReader || shownOnThisPage
        ? {}
        : siteOff
          ? { suppressed: 'site-off' as const }
          : settings.display === 'badge'
            ? { suppressed: 'badge-only' as const }
            : {}),
    };
    // A card already on this page follows the detector's updates itself (page-slot).
    injectNow = !next.suppressed && !shownOnThisPage;
    return next;
  });
  if (injectNow) await injectCard(tabId).catch(() => undefined);
  return state;
}

/** The card was dismissed or shown again — on the page the state is about, not a stale one. */
async function onCardVisibility(tabId: number, url: string, visible: boolean): Promise<boolean> {
  await updateTabState(tabId, (state) =>
    state && state.url === url ? { ...state, cardVisible: visible } : undefined,
  );
  return true;
}

/** "Check this page": runs the detector now, whatever the run mode or site list. */
async function checkTab(tabId: number): Promise<TabState | null> {
  const tab = await browser.tabs.get(tabId);
  const raw = await runDetector(tabId);
  const report = PageReportSchema.safeParse(raw);
  if (!report.success || !tab.url) return null;
  return onPageReport(tabId, tab.url, report.data, { askedByReader: true });
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
