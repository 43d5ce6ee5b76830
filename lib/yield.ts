/**
 * Yielding the main thread between slices of work, so the page's input and rendering
 * go first: `scheduler.yield()` where the browser has it, else a zero timeout.
 */

type Scheduler = { yield?: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return typeof scheduler?.yield === 'function'
    ? scheduler.yield()
    : new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice of this many milliseconds at most runs before the next yield. */
export const SLICE_MS = 8;
