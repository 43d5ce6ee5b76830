/**
 * The background detector's view of the story packs, prepared at build time
 * (scripts/build/rules-plugin.ts): pre-filters and normalised terms ready, rules parsed on
 * first need.
 */
import { stories } from 'virtual:factline-rules';
import type { StoryRules } from '../lib/detect';
import type { DetectionRules } from '../lib/detect/rules-schema';

export const storyRules: StoryRules[] = stories.map(({ id, trigger, rules, words }) => {
  let parsed: DetectionRules | undefined;
  return {
    id,
    trigger,
    words,
    get detection() {
      return (parsed ??= JSON.parse(rules) as DetectionRules);
    },
  };
});
