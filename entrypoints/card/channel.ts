/**
 * The card's messages: commands and settings from the background (sender checked, then
 * shape-checked), its kit and the reader's choices to it. The page cannot reach runtime
 * messaging, and no window message is listened to. No polyfill: extension/runtime-link.
 */
import { asCardKit, asCardMessage } from '../../lib/card/card-kit-check';
import type { UiLang } from '../../lib/i18n/langs';
import type { CardKit, CardMessage, SettingsPush } from '../../lib/messages';
import { extensionId, listen, send } from '../../extension/runtime-link';
import { isOwnExtensionContext } from '../../lib/sender';
import type { Lifetime } from './lifetime';

/** Calls `onMessage` for each valid message from this extension's background; stops with the lifetime. */
export function listenToBackground(
  life: Lifetime,
  onMessage: (msg: CardMessage | SettingsPush) => void,
): void {
  const stop = listen((raw, sender) => {
    const id = extensionId();
    if (!life.alive || !id || !isOwnExtensionContext(sender, id)) return false;
    const msg = asCardMessage(raw);
    if (!msg) return false;
    onMessage(msg);
    return true;
  });
  life.onEnd(stop);
}

/** Tells the background whether the card is visible on this page (fire and forget). */
export function sendVisibility(visible: boolean): void {
  void send({ type: 'factline:card-visibility', visible });
}

/** The reader switched Factline off for this site (the background stores it). */
export function sendDisableSite(): void {
  void send({ type: 'factline:disable-site' });
}

/** What the card needs to show the story in `lang` (null: the language the page calls for). */
export async function fetchKit(
  story: string,
  lang: UiLang | null,
  page: { lang?: string; published?: string },
): Promise<CardKit | null> {
  return asCardKit(
    await send({
      type: 'factline:get-card-kit',
      story,
      lang,
      ...(page.lang ? { pageLang: page.lang.slice(0, 35) } : {}),
      dates: page.published ? [page.published] : [],
    }),
  );
}
