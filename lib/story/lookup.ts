/** Finding things in a pack by id. Pure; packs are validated, so ids resolve. */
import type { Party, Source, StoryContent, TimelineEntry } from '../../data/schema';

/** The party with this id, or undefined. */
export function findParty(pack: StoryContent, id: string): Party | undefined {
  return pack.parties.find((p) => p.id === id);
}

/** The source with this id, or undefined. */
export function findSource(pack: StoryContent, id: string): Source | undefined {
  return pack.sources.find((s) => s.id === id);
}

/** The timeline entry with this id, or undefined. */
export function findEntry(pack: StoryContent, id: string): TimelineEntry | undefined {
  return pack.timeline.find((e) => e.id === id);
}

/** The sources of an attribution, in its order (unknown ids skipped). */
export function sourcesOf(pack: StoryContent, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => findSource(pack, id) ?? []);
}
