/** When the page side and the trigger check a changing page again (lib/schedule.ts). */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScheduler, type ScheduleOptions } from '../../lib/schedule';

const O: ScheduleOptions = {
  debounceMs: 800,
  maxWaitMs: 4000,
  budget: 5,
  minGapMs: 3000,
  slowMs: 30_000,
};

beforeEach(() => {
  vi.useFakeTimers();
  // No idle callbacks under fake timers: run at once.
  vi.stubGlobal('requestIdleCallback', undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createScheduler', () => {
  it('checks once the page has been quiet for the debounce', () => {
    const run = vi.fn();
    const s = createScheduler(run, new AbortController().signal, O);
    s.poke();
    vi.advanceTimersByTime(500);
    s.poke();
    vi.advanceTimersByTime(799);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('checks a page that never settles at the latest after maxWait', () => {
    const run = vi.fn();
    const s = createScheduler(run, new AbortController().signal, O);
    for (let t = 0; t < 4000; t += 400) {
      s.poke();
      vi.advanceTimersByTime(400);
    }
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('batches a live page: a change every second is checked about every minGap', () => {
    const run = vi.fn();
    const s = createScheduler(run, new AbortController().signal, { ...O, budget: 30 });
    for (let i = 0; i < 30; i++) {
      s.poke();
      vi.advanceTimersByTime(1000);
    }
    vi.advanceTimersByTime(5000);
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(8);
    expect(run.mock.calls.length).toBeLessThanOrEqual(11);
  });

  it('checks a client-side navigation after the debounce, whatever the gap', () => {
    const run = vi.fn();
    const s = createScheduler(run, new AbortController().signal, O);
    s.poke();
    vi.advanceTimersByTime(800);
    expect(run).toHaveBeenCalledTimes(1);
    s.poke(true);
    vi.advanceTimersByTime(800);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('past the budget, checks at the slow pace only; a URL change resets it', () => {
    const run = vi.fn();
    const s = createScheduler(run, new AbortController().signal, { ...O, minGapMs: 0 });
    for (let i = 0; i < 5; i++) {
      s.poke();
      vi.advanceTimersByTime(800);
    }
    expect(run).toHaveBeenCalledTimes(5);
    s.poke();
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(20_000);
    expect(run).toHaveBeenCalledTimes(6);
    s.poke(true);
    vi.advanceTimersByTime(800);
    expect(run).toHaveBeenCalledTimes(7);
  });

  it('never runs after its signal aborts', () => {
    const run = vi.fn();
    const c = new AbortController();
    const s = createScheduler(run, c.signal, O);
    s.poke();
    c.abort();
    vi.advanceTimersByTime(10_000);
    s.poke();
    vi.advanceTimersByTime(10_000);
    expect(run).not.toHaveBeenCalled();
  });
});
