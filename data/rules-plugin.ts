/**
 * Build-time preparation of the bundled story packs (a Vite plugin, used in
 * wxt.config.ts and vitest.config.ts), validated by the same loader as the build:
 * - `virtual:factline-rules` exports, per pack, its id, its pre-filter already worked
 *   out (lib/detect/trigger.ts `triggerSource`) and its detection rules as a JSON
 *   string that the detector parses only on a page that passes the pre-filter, so a
 *   page without the story pays for no rule handling;
 * - `virtual:factline-content` exports the packs without their detection rules, for
 *   the popup and the card.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { triggerSource, type TriggerSource } from '../lib/detect/trigger';
import { loadPackDir } from './load-packs';

export const RULES_MODULE = 'virtual:factline-rules';
export const CONTENT_MODULE = 'virtual:factline-content';
const RESOLVED = `\0${RULES_MODULE}`;
const RESOLVED_CONTENT = `\0${CONTENT_MODULE}`;

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
    resolveId: (id) =>
      id === RULES_MODULE ? RESOLVED : id === CONTENT_MODULE ? RESOLVED_CONTENT : undefined,
    load(id) {
      if (id !== RESOLVED && id !== RESOLVED_CONTENT) return undefined;
      const packs = loadPackDir(storiesDir);
      for (const p of packs) this.addWatchFile(join(storiesDir, `${p.id}.json`));
      if (id === RESOLVED_CONTENT) {
        // The popup and the card show packs; they never need the detection rules.
        const content = packs.map(({ detection: _rules, ...rest }) => rest);
        return `export const packs = JSON.parse(${JSON.stringify(JSON.stringify(content))});`;
      }
      const stories: PreparedStory[] = packs.map((p) => ({
        id: p.id,
        trigger: triggerSource(p.detection),
        rules: JSON.stringify(p.detection),
      }));
      return `export const stories = ${JSON.stringify(stories)};`;
    },
  };
}
