/**
 * The page side: injected by the background only into tabs where the trigger
 * matched, or on "Check this page". Extraction only (no rules, no UI, no zod).
 * The script's completion value (a promise) is the background's answer, which an
 * explicit check reads through scripting.executeScript.
 */
import { defineUnlistedScript } from '#imports';
import { takeExplicitCheckFlag } from '../../lib/page-flags';
import { getPageSlot } from '../../lib/page-slot';
import { startPageSide } from './page-side';

export default defineUnlistedScript(() => {
  const explicit = takeExplicitCheckFlag();
  const running = getPageSlot();
  if (running) return explicit ? running.checkNow().then(() => true) : true;
  return startPageSide(explicit).first.then(() => true);
});
