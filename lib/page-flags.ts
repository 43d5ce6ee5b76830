/**
 * Flags the extension's scripts in one tab leave for each other in their isolated
 * world (which the page cannot see): registered symbols, so separately bundled
 * scripts meet. Pure: only globalThis.
 */

const STOP_TRIGGER = Symbol.for('factline.stop-trigger');
const EXPLICIT = Symbol.for('factline.explicit-check');
type Holder = { [STOP_TRIGGER]?: () => void; [EXPLICIT]?: boolean };
const holder = () => globalThis as Holder;

/** The trigger script registers how to stop it; null when it is not watching here. */
export function setTriggerStop(stop: (() => void) | null): void {
  if (stop) holder()[STOP_TRIGGER] = stop;
  else delete holder()[STOP_TRIGGER];
}

/** True while a trigger script watches this tab. */
export function triggerWatching(): boolean {
  return typeof holder()[STOP_TRIGGER] === 'function';
}

/** Stops the trigger script watching this tab, if any (the page side takes over, or Factline was switched to "only when I click"). */
export function stopTrigger(): void {
  const stop = holder()[STOP_TRIGGER];
  if (typeof stop === 'function') stop();
}

/**
 * Set (by a one-line injected function) before the background runs the page side
 * for "Check this page": that run answers through executeScript.
 */
export function takeExplicitCheckFlag(): boolean {
  const flag = holder()[EXPLICIT] === true;
  delete holder()[EXPLICIT];
  return flag;
}

/** The injected function that sets the flag (serialised by scripting.executeScript: self-contained). */
export function setExplicitCheckFlag(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('factline.explicit-check')] = true;
}
