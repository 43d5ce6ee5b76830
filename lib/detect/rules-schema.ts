/**
 * PLACEHOLDER — the detector work replaces this with the real rules schema.
 * Contract kept by the story-pack schema: `topics` maps topic ids to rules.
 */
import { z } from 'zod';

export const DetectionRulesSchema = z.object({
  topics: z.record(z.string(), z.unknown()).default({}),
}).loose();
export type DetectionRules = z.infer<typeof DetectionRulesSchema>;
