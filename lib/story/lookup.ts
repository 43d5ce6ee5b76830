/** Finding things in a pack by id. Pure; packs are validated, so ids resolve. */
import type { Party, Source, StoryContent } from '../../data/schema';

/** The party with this id, or undefined. */
export function findParty(pack: StoryContent, id: string): Party | undefined {
  return pack.parties.find((p) => p.id === id);
}

/** The source with this id, or undefined. */
export function findSource(pack: StoryContent, id: string): Source | undefined {
  return pack.sources.find((s) => s.id === id);
}

/** The sources a source is known through, nearest first ("via" links), without loops. */
export function viaChain(pack: StoryContent, source: Source): Source[] {
  const chain: Source[] = [];
  const seen = new Set([source.id]);
  let next = source.via ? findSource(pack, source.via) : undefined;
  while (next && !seen.has(next.id)) {
    chain.push(next);
    seen.add(next.id);
    next = next.via ? findSource(pack, next.via) : undefined;
  }
  return chain;
}
