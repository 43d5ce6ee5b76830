/**
 * The extension API as the page-facing scripts (trigger, page side) touch it: only
 * to send a message, and only once they have something to say. No polyfill: Firefox
 * exposes the promise-based `browser`, Chrome's MV3 `chrome` returns promises too.
 * Browser quirk kept here. Pure otherwise: the globals are read when called.
 */

interface MinimalRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
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
