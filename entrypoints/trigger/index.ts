/**
 * The only script on every page the reader's settings allow (registered by the
 * background with scripting.registerContentScripts): each pack's gate and a watcher, a
 * few kilobytes. No UI, no rules, no pre-filter data, no zod, no polyfill, and no
 * extension API touched unless the page's text passes the gate (lib/detect/trigger-gate.ts);
 * the background runs the pre-filter and the screen on what it lets through.
 */
import { defineUnlistedScript } from '#imports';
import { triggers } from '../../data/triggers';
import { gateFrom } from '../../lib/detect/trigger-gate';
import { watchForTrigger } from './watch';

export default defineUnlistedScript(() => {
  const gates = triggers.map((t) => gateFrom(t.gate));
  watchForTrigger((text) => gates.some((gate) => gate(text)));
});
