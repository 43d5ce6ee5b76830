/**
 * Build-time preparation of the bundled story packs (a Vite plugin, used in
 * wxt.config.ts and vitest.config.ts), validated by the same loader as the build:
 * - `virtual:factline-triggers`: per pack, its pre-filter already worked out
 *   (lib/detect/trigger.ts `triggerSource`) — all the always-on trigger script carries;
 * - `virtual:factline-rules`: per pack, the pre-filter, the detection rules (a JSON
 *   string, parsed when first needed) and every term's normalised word, so the
 *   background's detector starts without normalising thousands of terms;
 * - `virtual:factline-content`: the packs without their detection rules, for the
 *   background (which serves the card) and the popup.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { termWords } from '../lib/detect/matcher';
import { triggerSource, type TriggerSource } from '../lib/detect/trigger';
import { loadPackDir } from './load-packs';

export const TRIGGERS_MODULE = 'virtual:factline-triggers';
export const RULES_MODULE = 'virtual:factline-rules';
export const CONTENT_MODULE = 'virtual:factline-content';
const MODULES = [TRIGGERS_MODULE, RULES_MODULE, CONTENT_MODULE];

/** What `virtual:factline-triggers` exports (see data/rules-module.d.ts). */
export interface PreparedTrigger {
  id: string;
  trigger: TriggerSource;
}

/** What `virtual:factline-rules` exports. */
export interface PreparedStory extends PreparedTrigger {
  /** The pack's `detection` rules, JSON-encoded. */
  rules: string;
  /** Normalised word of each term, in the matcher's order. */
  words: string[];
}

export function storyRulesPlugin(storiesDir: string): Plugin {
  return {
    name: 'factline-rules',
    resolveId: (id) => (MODULES.includes(id) ? `\0${id}` : undefined),
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : '';
      if (!MODULES.includes(name)) return undefined;
      const packs = loadPackDir(storiesDir);
      for (const p of packs) this.addWatchFile(join(storiesDir, `${p.id}.json`));
      if (name === CONTENT_MODULE) {
        const content = packs.map(({ detection: _rules, ...rest }) => rest);
        return `export const packs = JSON.parse(${JSON.stringify(JSON.stringify(content))});`;
      }
      if (name === TRIGGERS_MODULE) {
        const triggers: PreparedTrigger[] = packs.map((p) => ({
          id: p.id,
          trigger: triggerSource(p.detection),
        }));
        return `export const triggers = ${JSON.stringify(triggers)};`;
      }
      const stories: PreparedStory[] = packs.map((p) => ({
        id: p.id,
        trigger: triggerSource(p.detection),
        rules: JSON.stringify(p.detection),
        words: termWords(p.detection),
      }));
      return `export const stories = JSON.parse(${JSON.stringify(JSON.stringify(stories))});`;
    },
  };
}
