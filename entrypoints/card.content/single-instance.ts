/**
 * One card per tab. The background may run the card script again (every new
 * report, every popup command). WXT's context announces each start with a DOM
 * event and the previous run invalidates itself on hearing it, which would tear
 * down and rebuild the card (losing the reader's place and focus). Instead, a
 * live card swallows that event and the new run hands over to it.
 *
 * WXT quirk, kept here: the event name is ContentScriptContext's private static
 * SCRIPT_STARTED_MESSAGE_TYPE (wxt 0.20). If it is missing, runs simply restart.
 */
import { ContentScriptContext } from '#imports';

export interface LiveCard {
  /** A new run of the card script started while this one is alive. */
  injected(): void;
}

const KEY = Symbol.for('factline.card');
type Holder = { [KEY]?: { card: LiveCard; ctx: ContentScriptContext } };

/** The card already running in this tab's isolated world, if its context is still valid. */
export function liveCard(): LiveCard | undefined {
  const entry = (globalThis as Holder)[KEY];
  return entry && entry.ctx.isValid ? entry.card : undefined;
}

/** Registers this run as the tab's card and keeps it alive across later runs. */
export function registerCard(card: LiveCard, ctx: ContentScriptContext): void {
  const holder = globalThis as Holder;
  const entry = { card, ctx };
  holder[KEY] = entry;
  ctx.onInvalidated(() => {
    if (holder[KEY] === entry) delete holder[KEY];
  });
  const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  if (!started) return;
  // Capture on window runs before the context's own listener on document. A page
  // forging the event cannot stop a live card either. After an extension update
  // this context is invalid, so the new version's start goes through.
  window.addEventListener(
    started,
    (e) => {
      if (ctx.isValid) e.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
