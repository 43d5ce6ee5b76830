/**
 * The story detector: pure functions over extracted page text and a pack's rules.
 * No DOM, no browser APIs, no zod (rules are validated when packs are built).
 */
import type { PageText } from '../page-text';
import type { Detection } from './types';
import { compile, type StoryRules } from './compile';
import type { DetectionRules } from './rules-schema';

export { compile };
export type { CompiledDetector, CompileOptions, StoryRules } from './compile';
export type { Detection, Passage, Strength } from './types';
export type { DetectionRules };

/** One-off detection; compile once and reuse the detector when checking many pages. */
export function detect(page: PageText, stories: readonly StoryRules[]): Detection {
  return compile(stories).detect(page);
}
