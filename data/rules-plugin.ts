/**
 * Build-time preparation of the detector's data (a Vite plugin, used in
 * wxt.config.ts): `virtual:factline-rules` exports, per story pack, its id, its
 * pre-filter already worked out (lib/detect/trigger.ts `triggerSource`) and its
 * detection rules as a JSON string that the detector parses only on a page that
 * passes the pre-filter. So a page without the story pays for no rule handling.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { triggerSource, type TriggerSource } from '../lib/detect/trigger';
import { loadPackDir } from './load-packs';

export const RULES_MODULE = 'virtual:factline-rules';
const RESOLVED = `\0${RULES_MODULE}`;

/** What the virtual module exports (see data/rules-module.d.ts). */
export interface PreparedStory {
  id: string;
  trigger: TriggerSource;
  /** The pack's `detection` rules, JSON-encoded. */
  rules: string;
}

export function storyRulesPlugin(storiesDir: string): Plugin {
  return {
    name: 'factline-rules',
    resolveId: (id) => (id === RULES_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const packs = loadPackDir(storiesDir);
      for (const p of packs) this.addWatchFile(join(storiesDir, `${p.id}.json`));
      const stories: PreparedStory[] = packs.map((p) => ({
        id: p.id,
        trigger: triggerSource(p.detection),
        rules: JSON.stringify(p.detection),
      }));
      return `export const stories = ${JSON.stringify(stories)};`;
    },
  };
}
