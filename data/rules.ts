/**
 * Detection rules only, for the always-injected detector: the glob imports just
 * each pack's `detection` export, so the bundle carries no pack text. A pack's id
 * is its file name (enforced by data/load-packs.ts).
 */
import type { StoryRules } from '../lib/detect';
import type { DetectionRules } from '../lib/detect/rules-schema';

const modules = import.meta.glob<DetectionRules>('./stories/*.json', {
  eager: true,
  import: 'detection',
});

export const storyRules: StoryRules[] = Object.entries(modules)
  .map(([path, detection]) => ({ id: path.replace(/^.*\//, '').replace(/\.json$/, ''), detection }))
  .sort((a, b) => a.id.localeCompare(b.id));
