/**
 * The bundled story packs, for extension pages and the card. They are validated
 * at build time (wxt.config.ts) and by tests; at run time they are trusted data.
 */
import type { StoryPack } from './schema';

const modules = import.meta.glob<StoryPack>('./stories/*.json', { eager: true, import: 'default' });

/** All packs, sorted by id. */
export const packs: readonly StoryPack[] = Object.values(modules).sort((a, b) =>
  a.id.localeCompare(b.id),
);

/** The pack with this id, or undefined. */
export function getPack(id: string): StoryPack | undefined {
  return packs.find((p) => p.id === id);
}
