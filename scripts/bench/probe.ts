/**
 * The page's own view of its main thread, for both browsers: a probe installed in the page
 * before its own scripts runs a zero-delay timer loop from the load event for 3 s. A timer
 * that fires late was held up by a task — on these script-free pages, an extension's or the
 * browser's. The same pages are loaded with and without Factline. Trace task lengths alone
 * do not show this: in Firefox 142+, `scheduler.yield()` continuations starved the page's
 * own timers although no slice of ours was long (README "Budgets").
 */
export const PROBE = `(() => {
  const w = window;
  w.__probe = { longest: 0, blocked: 0, card: null };
  addEventListener('load', () => {
    // The page's first layout, done here in both runs: where the browser puts it otherwise
    // (before or after load) differs with and without an extension, and it would hide us.
    void document.documentElement.getBoundingClientRect().height;
    const t0 = performance.now();
    let last = t0;
    const tick = () => {
      const now = performance.now();
      const late = now - last;
      if (late > w.__probe.longest) w.__probe.longest = late;
      if (late > 50) w.__probe.blocked += late - 50;
      last = now;
      if (now - t0 < 3000) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const seen = () => {
      if (w.__probe.card === null && document.querySelector('factline-card'))
        w.__probe.card = performance.now() - t0;
    };
    new MutationObserver(seen).observe(document.documentElement, { childList: true, subtree: true });
  });
})();`;

/** How long to stay on a page for the probe (its loop runs 3 s after load). */
export const PROBE_WAIT_MS = 3500;

export interface ProbeReading {
  longest: number;
  blocked: number;
  card: number | null;
}

/** Reads the probe in the page (pass to the driver's `evaluate`). */
export const readProbe = (): ProbeReading =>
  (window as unknown as { __probe: ProbeReading }).__probe;

export interface ProbeRow<P> {
  page: P;
  /** Longest delay of the probe's timer, ms (median over loads): with / without Factline. */
  longest: [number, number];
  /** Time over 50 ms summed (total blocking), ms: with / without. */
  blocked: [number, number];
  /** Card seen after the load event, ms (story page). */
  cardMs: number | null;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

/** One row from the readings with Factline and without. */
export function probeRow<P>(page: P, withUs: ProbeReading[], without: ProbeReading[]): ProbeRow<P> {
  const cards = withUs.map((r) => r.card).filter((c): c is number => c !== null);
  return {
    page,
    longest: [median(withUs.map((r) => r.longest)), median(without.map((r) => r.longest))],
    blocked: [median(withUs.map((r) => r.blocked)), median(without.map((r) => r.blocked))],
    cardMs: cards.length ? median(cards) : null,
  };
}
