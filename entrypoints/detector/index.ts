/**
 * The always-injected detector: extraction and rules only. No UI, no zod, no
 * polyfill, no WXT content-script context, and no extension API touched until it
 * has found something (then it reports to the background, which injects the card).
 *
 * The script's completion value is its report: the background reads it when it
 * runs the detector for "Check this page".
 */
import { defineUnlistedScript } from '#imports';
import { getPageSlot, takeExplicitCheckFlag } from '../../lib/page-slot';
import { startDetector } from './detector';

export default defineUnlistedScript(() => {
  const explicit = takeExplicitCheckFlag();
  const running = getPageSlot();
  if (running) return explicit ? running.checkNow() : (running.result?.report ?? null);
  return startDetector({ reportFirstCheck: !explicit }).result?.report ?? null;
});
