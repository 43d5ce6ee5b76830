/**
 * The shapes of the modules the build prepares from the packs
 * (scripts/build/rules-plugin.ts; declared in rules-module.d.ts).
 */
import type { GateSource } from '../lib/detect/trigger-gate';
import type { TriggerSource } from '../lib/detect/trigger-test';

/** What `virtual:factline-triggers` exports, per pack: the always-on script's gate. */
export interface PreparedTrigger {
  id: string;
  gate: GateSource;
}

/** What `virtual:factline-rules` exports, per pack. */
export interface PreparedStory {
  id: string;
  /** The pre-filter, which the background runs on what the gate lets through. */
  trigger: TriggerSource;
  /** The pack's `detection` rules, JSON-encoded. */
  rules: string;
  /** Normalised word of each term, in the matcher's order. */
  words: string[];
}
