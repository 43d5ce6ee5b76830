/**
 * The card's messages: commands from the background (sender checked, then parsed),
 * the story's text and visibility reports to it. The page cannot reach runtime
 * messaging, and no window message is listened to.
 */
import { browser } from 'wxt/browser';
import { isUiLang, type UiLang } from '../../lib/i18n/langs';
import { CardMessageSchema, type CardMessage } from '../../lib/messages';
import { isOwnExtensionContext } from '../../lib/sender';
import type { StoryText } from './controller';
import type { Lifetime } from './lifetime';

/** Calls `onCommand` for each valid command from this extension; stops with the lifetime. */
export function listenForCommands(life: Lifetime, onCommand: (msg: CardMessage) => void): void {
  const listener = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
    if (!life.alive || !isOwnExtensionContext(sender, browser.runtime.id)) return undefined;
    const parsed = CardMessageSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    onCommand(parsed.data);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(listener);
  life.onEnd(() => browser.runtime.onMessage.removeListener(listener));
}

/** Tells the background whether the card is visible on this page (fire and forget). */
export function sendVisibility(visible: boolean): void {
  try {
    void browser.runtime
      .sendMessage({ type: 'factline:card-visibility', visible })
      .catch(() => undefined);
  } catch {
    // The extension was updated or removed; the lifetime is about to end.
  }
}

/** The story's text in one language from the background (which holds the packs). */
export async function fetchStory(story: string, lang: UiLang): Promise<StoryText | null> {
  const answer = (await browser.runtime.sendMessage({
    type: 'factline:get-story',
    story,
    lang,
  })) as StoryText | null | undefined;
  // From our own background, but still checked for shape before use.
  if (!answer || !Array.isArray(answer.langs) || typeof answer.content !== 'object') return null;
  return {
    langs: answer.langs.filter((l): l is UiLang => typeof l === 'string' && isUiLang(l)),
    content: answer.content,
  };
}
