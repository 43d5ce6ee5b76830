/** The real bundled pack, loaded and validated the way the build does (paths from the repo root). */
import { loadPackDir } from '../../../data/load-packs';
import type { StoryPack } from '../../../data/schema';

/** The Novgorod residence-claim pack. */
export function novgorodPack(): StoryPack {
  const pack = loadPackDir('data/stories').find((p) => p.id === 'novgorod-residence-claim');
  if (!pack) throw new Error('novgorod-residence-claim pack not found in data/stories');
  return pack;
}
