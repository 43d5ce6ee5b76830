/** What the background does with each message, after checking who sent it. */
import { browser, type Browser } from 'wxt/browser';
import { getPack } from '../../data/packs';
import { buildCardKit } from '../../lib/card/card-kit';
import {
  BackgroundMessageSchema,
  type BackgroundMessage,
  type PageBlocks,
  type PageDetection,
  type ResendRequest,
  type TabState,
  type Trigger,
  type TriggerAnswer,
} from '../../lib/messages';
import { isOwnContentScript, isOwnExtensionPage } from '../../lib/sender';
import { addSite, inSiteList, siteKey } from '../../lib/settings/sites';
import { getSetting, getSettings, setSetting } from '../../extension/settings-store';
import { detectBlocks, screenTrigger, type DetectionSummary } from './detection';
import { checkPageNow, injectCard, injectPageSide } from './scripts';
import { getTabState, updateTabState } from './tab-store';

type Sender = Browser.runtime.MessageSender;

/** runtime.onMessage listener: answers with a promise for messages it accepts, else stays silent. */
export function onMessage(raw: unknown, sender: Sender): Promise<unknown> | undefined {
  const parsed = BackgroundMessageSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  const fromPage = isOwnContentScript(sender, browser.runtime.id);
  const fromExtension = isOwnExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
  switch (msg.type) {
    case 'factline:trigger':
      return fromPage ? onTrigger(sender.tab!.id!, sender.url!, msg) : undefined;
    case 'factline:page-blocks':
      return fromPage ? onPageBlocks(sender.tab!.id!, sender.url!, msg) : undefined;
    case 'factline:get-card-kit':
      return fromPage ? cardKit(msg) : undefined;
    case 'factline:disable-site':
      return fromPage ? disableSite(sender.url!) : undefined;
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

/**
 * The trigger's gate opened: unless the pre-filter or the screen rules the text out, start
 * the page side there (the screen has built the rules its detection needs).
 */
async function onTrigger(tabId: number, url: string, msg: Trigger): Promise<TriggerAnswer> {
  const answer = screenTrigger(tabId, url, msg);
  if (answer !== 'go') return answer;
  await injectPageSide(tabId).catch(() => undefined);
  return 'go';
}

/** A page's blocks (or what changed): detect, answer the page, then update the tab. */
async function onPageBlocks(
  tabId: number,
  url: string,
  msg: PageBlocks,
): Promise<PageDetection | ResendRequest> {
  const done = detectBlocks(tabId, msg);
  if (!done) return { type: 'factline:resend' };
  const update = onDetection(tabId, url, done.summary, { askedByReader: msg.explicit === true });
  // The reader asked: answer once the tab's state (and card) are settled, so the popup reads them.
  if (msg.explicit) await update;
  else void update.catch(() => undefined);
  return done.answer;
}

/** A detection (story found or lost) on a page: update state, badge and card. */
export async function onDetection(
  tabId: number,
  url: string,
  found: DetectionSummary,
  { askedByReader = false } = {},
): Promise<TabState | null> {
  const settings = await getSettings();
  let injectNow = false;
  const state = await updateTabState(tabId, (previous) => {
    if (!found.story) return null;
    const shownOnThisPage = previous?.url === url && previous.story && !previous.suppressed;
    const site = siteKey(url);
    const siteOff = site !== null && inSiteList(site, settings.disabledSites);
    const next: TabState = {
      url,
      story: found.story,
      strength: found.strength,
      score: found.score,
      passages: found.passages,
      ...(found.published ? { published: found.published } : {}),
      ...(found.lang ? { lang: found.lang } : {}),
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
    // A card already on this page follows the page side's updates itself (page slot).
    injectNow = !next.suppressed && !shownOnThisPage;
    return next;
  });
  if (injectNow) await injectCard(tabId).catch(() => undefined);
  return state;
}

/** What the card needs to show the story in one language (lib/card/card-kit.ts). */
async function cardKit(msg: Extract<BackgroundMessage, { type: 'factline:get-card-kit' }>) {
  const pack = getPack(msg.story);
  if (!pack) return null;
  return buildCardKit({
    pack,
    lang: msg.lang,
    ...(msg.pageLang ? { pageLang: msg.pageLang } : {}),
    pageDates: msg.dates,
    settings: await getSettings(),
    browserLangs: navigator.languages,
  });
}

/** The reader switched Factline off on the card's page: its site (from the sender, not the message). */
async function disableSite(url: string): Promise<boolean> {
  const site = siteKey(url);
  if (!site) return false;
  await setSetting('disabledSites', addSite(await getSetting('disabledSites'), site));
  return true;
}

/** The card was dismissed or shown again — on the page the state is about, not a stale one. */
async function onCardVisibility(tabId: number, url: string, visible: boolean): Promise<boolean> {
  await updateTabState(tabId, (state) =>
    state && state.url === url ? { ...state, cardVisible: visible } : undefined,
  );
  return true;
}

/** "Check this page": runs the page side now, whatever the run mode or site list. */
async function checkTab(tabId: number): Promise<TabState | null> {
  await checkPageNow(tabId);
  return getTabState(tabId);
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
