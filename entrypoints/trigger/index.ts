/**
 * The only script on every page the reader's settings allow (registered by the
 * background with scripting.registerContentScripts): the prepared pre-filter and a
 * watcher, a few kilobytes. No UI, no rules, no zod, no polyfill, and no extension
 * API touched unless the page's text has a trigger term.
 */
import { defineUnlistedScript } from '#imports';
import { triggers } from '../../data/triggers';
import { triggerFrom } from '../../lib/detect/trigger-test';
import { watchForTrigger } from './watch';

export default defineUnlistedScript(() => {
  const tests = triggers.map((t) => triggerFrom(t.trigger));
  watchForTrigger((text) => tests.some((test) => test(text)));
});
