/**
 * Yielding the main thread between slices of work, so that the page goes first: its
 * input and rendering, and its own tasks (timers, messages, network callbacks) too.
 *
 * Not `scheduler.yield()`: its continuation is queued ahead of the page's ordinary tasks
 * (that is what it is for), so a chain of slices held a page's own timers back until the
 * whole chain was done. Measured in Firefox 153 on the 1 MB near-miss page: a zero-delay
 * timer the page set at its load event fired 44–68 ms late, each slice being 8–11 ms.
 * A task posted at the page's own priority (`scheduler.postTask`, 'user-visible') takes
 * its turn among the page's tasks instead: 18–36 ms there, the longest slice plus what
 * the page itself does. Where there is no `postTask`, a zero timeout does the same.
 */

interface TaskScheduler {
  postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  return typeof scheduler?.postTask === 'function'
    ? scheduler.postTask(() => undefined, { priority: 'user-visible' })
    : new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice of this many milliseconds at most runs before the next yield. */
export const SLICE_MS = 8;
