/**
 * When to check the page again: after the DOM settles (debounced, with a maximum
 * wait so a live blog that never settles is still checked), at idle time, within
 * a per-URL budget. Every timer and listener hangs off one AbortSignal.
 */

export interface ScheduleOptions {
  /** Quiet period after the last mutation. */
  debounceMs: number;
  /** Check at the latest this long after the first unchecked mutation. */
  maxWaitMs: number;
  /** Checks allowed per URL (mutations); a URL change resets it. */
  budget: number;
}

export const DEFAULT_SCHEDULE: ScheduleOptions = { debounceMs: 800, maxWaitMs: 4000, budget: 30 };

export interface Scheduler {
  /** Something changed; check later. `urlChanged` resets the per-URL budget. */
  poke(urlChanged?: boolean): void;
}

type IdleWindow = { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };

/** `run` is called at most once per quiet period and never after the signal aborts. */
export function createScheduler(
  run: () => void,
  signal: AbortSignal,
  o = DEFAULT_SCHEDULE,
): Scheduler {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let used = 0;

  const fire = () => {
    timer = undefined;
    firstPending = 0;
    if (signal.aborted) return;
    used += 1;
    const idle = (globalThis as IdleWindow).requestIdleCallback;
    const go = () => {
      if (!signal.aborted) run();
    };
    if (idle) idle(go, { timeout: 1000 });
    else go();
  };
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  return {
    poke(urlChanged = false) {
      if (signal.aborted) return;
      if (urlChanged) used = 0;
      else if (used >= o.budget) return;
      const now = Date.now();
      if (!firstPending) firstPending = now;
      clearTimeout(timer);
      // A URL change waits like any change: single-page apps render the new view after it.
      const wait = Math.min(o.debounceMs, Math.max(0, firstPending + o.maxWaitMs - now));
      timer = setTimeout(fire, wait);
    },
  };
}
