/**
 * Most characters of page text in one trigger message (a bigger page comes in several).
 * Its own module: the always-on trigger imports it without the message schemas' zod.
 */
export const MAX_TRIGGER_CHARS = 1_000_000;
