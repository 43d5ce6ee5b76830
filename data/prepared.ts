/**
 * The shapes of the modules the build prepares from the packs
 * (scripts/build/rules-plugin.ts; declared in rules-module.d.ts).
 */
import type { TriggerSource } from '../lib/detect/trigger-test';

/** What `virtual:factline-triggers` exports, per pack. */
export interface PreparedTrigger {
  id: string;
  trigger: TriggerSource;
}

/** What `virtual:factline-rules` exports, per pack. */
export interface PreparedStory extends PreparedTrigger {
  /** The pack's `detection` rules, JSON-encoded. */
  rules: string;
  /** Normalised word of each term, in the matcher's order. */
  words: string[];
}
