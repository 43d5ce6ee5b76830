/** The real bundled pack, loaded and validated the way the build does (paths from the repo root). */
import { loadPackDir } from '../../../data/load-packs';
import type { ContentLang, StoryPack } from '../../../data/schema';
import { CONTENT_LANGS } from '../../../data/schema';

/** The Novgorod residence-claim pack. */
export function novgorodPack(): StoryPack {
  const pack = loadPackDir('data/stories').find((p) => p.id === 'novgorod-residence-claim');
  if (!pack) throw new Error('novgorod-residence-claim pack not found in data/stories');
  return pack;
}

const isText = (v: object) => {
  const keys = Object.keys(v);
  return keys.includes('en') && keys.every((k) => (CONTENT_LANGS as readonly string[]).includes(k));
};

/** A copy of the pack with every text in `langs` removed (as if not yet translated into them). */
export function withoutLangs<T extends object>(pack: T, langs: readonly ContentLang[]): T {
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (!value || typeof value !== 'object') return value;
    const entries = Object.entries(value).filter(
      ([k]) => !(isText(value) && (langs as readonly string[]).includes(k)),
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, strip(v)]));
  };
  return strip(pack) as T;
}
