/**
 * The card UI script. Not in the manifest: the background injects it (scripting.
 * executeScript) only into tabs where the detector found a story, or when the
 * popup asks. The work is in ./host.ts; the views are in components/.
 */
import { defineContentScript } from '#imports';
import { startCard } from './host';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // WXT's legacy window.postMessage start signal would tell the page our extension id.
  noScriptStartedPostMessage: true,
  main: (ctx) => startCard(ctx),
});
