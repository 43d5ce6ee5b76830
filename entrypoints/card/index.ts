/**
 * The card UI script. Not in the manifest: the background injects it (scripting.
 * executeScript) only into tabs where the story was found, or when the popup asks.
 * The work is in ./host.ts; the views are in components/.
 */
import { defineUnlistedScript } from '#imports';
import { startCard } from './host';

export default defineUnlistedScript(() => startCard());
