/**
 * The card's messages: commands from the background (sender checked, then parsed)
 * and visibility reports to it. The page cannot reach runtime messaging, and no
 * window message is listened to.
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import { CardMessageSchema, type CardMessage } from '../../lib/messages';
import { isOwnExtensionContext } from '../../lib/sender';

/** Calls `onCommand` for each valid command from this extension; stops with the context. */
export function listenForCommands(
  ctx: ContentScriptContext,
  onCommand: (msg: CardMessage) => void,
): void {
  const listener = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    if (!isOwnExtensionContext(sender, browser.runtime.id)) return undefined;
    const parsed = CardMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    onCommand(parsed.data);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

/** Tells the background whether the card is visible on this page (fire and forget). */
export function sendVisibility(visible: boolean): void {
  try {
    void browser.runtime
      .sendMessage({ type: 'factline:card-visibility', visible })
      .catch(() => undefined);
  } catch {
    // The extension was updated or removed; the context is about to be invalidated.
  }
}
