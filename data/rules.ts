/**
 * The detector's view of the story packs, prepared at build time
 * (data/rules-plugin.ts): pre-filters ready to use, rules parsed on first need.
 * The bundle carries no pack text.
 */
import { stories } from 'virtual:factline-rules';
import type { StoryRules } from '../lib/detect';
import type { DetectionRules } from '../lib/detect/rules-schema';

export const storyRules: StoryRules[] = stories.map(({ id, trigger, rules }) => {
  let parsed: DetectionRules | undefined;
  return {
    id,
    trigger,
    get detection() {
      return (parsed ??= JSON.parse(rules) as DetectionRules);
    },
  };
});
