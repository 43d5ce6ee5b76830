/**
 * The one extension API the detector touches, and only after it has found
 * something: sending its report. Browser quirk kept here: Firefox exposes the
 * promise-based `browser`, Chrome's MV3 `chrome` returns promises too. No polyfill.
 */
import type { PageReport } from '../../lib/messages';

interface MinimalRuntime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

const g = globalThis as {
  browser?: { runtime?: MinimalRuntime };
  chrome?: { runtime?: MinimalRuntime };
};

function runtime(): MinimalRuntime | undefined {
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** False once the extension was updated, disabled or removed: this script must stop. */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

/** Sends a report to the background; a closed channel (extension gone) is not an error. */
export function sendReport(report: PageReport): void {
  try {
    void runtime()
      ?.sendMessage(report)
      .catch(() => undefined);
  } catch {
    // Context invalidated between the alive check and the call.
  }
}
