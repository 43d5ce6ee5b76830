/**
 * Limits of the trigger's messages. Its own module: the always-on trigger imports it
 * without the message schemas' zod.
 *
 * The page's thread serialises each message in one task: in Chromium about 1 ms for 50k
 * characters, 10–20 ms for 200k, 20–50 ms for 1M (measured with a test extension), so
 * page text travels in parts of at most MAX_TRIGGER_CHARS.
 */
export const MAX_TRIGGER_CHARS = 50_000;

/**
 * A page with more text than this is not screened: sending it would cost the page about
 * what extracting it costs, so the page side is started at once.
 */
export const MAX_SCREEN_CHARS = 500_000;

/**
 * What each part of a page's text repeats of the part before it (the last characters of
 * the marked text), so a term cut between two still counts; the background takes it off
 * again where it puts the page's text back together.
 */
export const PART_OVERLAP = 300;
