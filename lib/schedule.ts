/**
 * When to check the page again: after the DOM settles (debounced, with a maximum
 * wait so a live blog that never settles is still checked), at idle time, and no
 * sooner than a minimum gap after the previous check while the page keeps changing (a
 * live page pays for its changes in batches). Past a per-URL budget of checks, a page
 * that keeps changing is checked at a slow pace only. Every timer and listener hangs
 * off one AbortSignal.
 */

export interface ScheduleOptions {
  /** Quiet period after the last mutation. */
  debounceMs: number;
  /** Check at the latest this long after the first unchecked mutation. */
  maxWaitMs: number;
  /** Checks at the normal pace per URL; a URL change resets it. */
  budget: number;
  /** While the page keeps changing, at least this long between the end of one check and the next (a URL change waits only for the debounce). */
  minGapMs: number;
  /** Past the budget, at most one check this often. */
  slowMs: number;
}

export const DEFAULT_SCHEDULE: ScheduleOptions = {
  debounceMs: 800,
  maxWaitMs: 4000,
  budget: 30,
  minGapMs: 3000,
  slowMs: 30_000,
};

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
  let lastFire = 0;

  let navigated = false;

  const fire = () => {
    timer = undefined;
    firstPending = 0;
    navigated = false;
    if (signal.aborted) return;
    used += 1;
    lastFire = Date.now();
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
      const now = Date.now();
      if (used >= o.budget) {
        // Slow pace: one check at the end of the slow period, whatever happens meanwhile.
        if (timer === undefined)
          timer = setTimeout(fire, Math.max(o.debounceMs, lastFire + o.slowMs - now));
        return;
      }
      if (!firstPending) firstPending = now;
      if (urlChanged) navigated = true;
      clearTimeout(timer);
      // A URL change waits like any change: single-page apps render the new view after it.
      let wait = Math.min(o.debounceMs, Math.max(0, firstPending + o.maxWaitMs - now));
      // A page that keeps changing (a live blog) is checked in batches, not per change.
      if (!navigated && lastFire) wait = Math.max(wait, lastFire + o.minGapMs - now);
      timer = setTimeout(fire, wait);
    },
  };
}
