/**
 * The bundled story packs, for extension pages and the card: validated at build
 * time and shipped without their detection rules (scripts/build/rules-plugin.ts).
 */
import { packs as bundled } from 'virtual:factline-content';
import type { StoryContent } from './schema';

/** All packs, sorted by id. */
export const packs: readonly StoryContent[] = [...bundled].sort((a, b) => a.id.localeCompare(b.id));

/** The pack with this id, or undefined. */
export function getPack(id: string): StoryContent | undefined {
  return packs.find((p) => p.id === id);
}
