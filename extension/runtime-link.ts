/**
 * The extension API as the page-facing scripts (trigger, page side, card) touch it:
 * sending a message, and the card listening for the background's. No polyfill: Firefox
 * exposes the promise-based `browser`, Chrome's MV3 `chrome` returns promises too.
 * Browser quirk kept here. Pure otherwise: the globals are read when called.
 */

/** Who sent a message (the parts the receivers check). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

type Listener = (
  message: unknown,
  sender: MessageSender,
  respond: (answer: unknown) => void,
) => void;

interface MinimalRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(l: Listener): void; removeListener(l: Listener): void };
}

function runtime(): MinimalRuntime | undefined {
  const g = globalThis as {
    browser?: { runtime?: MinimalRuntime };
    chrome?: { runtime?: MinimalRuntime };
  };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/**
 * False once the extension was updated, disabled or removed: the calling script must
 * stop. (The first call makes the browser build the extension bindings, ~1 ms: call it
 * only when about to send.)
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

/** Sends a message; resolves to the answer, or undefined when the extension is gone. */
export async function send<T>(message: unknown): Promise<T | undefined> {
  try {
    return (await runtime()?.sendMessage(message)) as T | undefined;
  } catch {
    return undefined;
  }
}

/**
 * Listens for messages; `handle` returns true when it took one (which is then answered
 * `true`; others are left for other listeners). Returns the function that stops it.
 */
export function listen(handle: (message: unknown, sender: MessageSender) => boolean): () => void {
  const rt = runtime();
  if (!rt) return () => undefined;
  const listener: Listener = (message, sender, respond) => {
    if (handle(message, sender)) respond(true);
  };
  rt.onMessage.addListener(listener);
  return () => {
    try {
      rt.onMessage.removeListener(listener);
    } catch {
      // the extension went away
    }
  };
}

/** This extension's id, or undefined once it went away. */
export function extensionId(): string | undefined {
  try {
    return runtime()?.id;
  } catch {
    return undefined;
  }
}
