/**
 * Build-time preparation of the bundled story packs (a Vite plugin, used in
 * wxt.config.ts and vitest.config.ts), validated by the same loader as the build:
 * - `virtual:factline-triggers`: per pack, its gate already worked out (lib/detect/trigger.ts
 *   `gateSource`: the pre-filter's Latin heads and one character class) — all the
 *   always-on trigger script carries;
 * - `virtual:factline-rules`: per pack, the pre-filter, the detection rules (a JSON
 *   string, parsed when first needed) and every term's normalised word, so the
 *   background's detector starts without normalising thousands of terms;
 * - `virtual:factline-content`: the packs without their detection rules, for the
 *   background (which serves the card) and the popup.
 */
import type { Plugin } from 'vite';
import { termWords } from '../../lib/detect/matcher';
import { loadPackDir, packFiles } from '../../data/load-packs';
import type { PreparedStory, PreparedTrigger } from '../../data/prepared';
import { gateSource, triggerSource } from '../../lib/detect/trigger';

export type { PreparedStory, PreparedTrigger };

export const TRIGGERS_MODULE = 'virtual:factline-triggers';
export const RULES_MODULE = 'virtual:factline-rules';
export const CONTENT_MODULE = 'virtual:factline-content';
const MODULES = [TRIGGERS_MODULE, RULES_MODULE, CONTENT_MODULE];

export function storyRulesPlugin(storiesDir: string): Plugin {
  return {
    name: 'factline-rules',
    resolveId: (id) => (MODULES.includes(id) ? `\0${id}` : undefined),
    load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : '';
      if (!MODULES.includes(name)) return undefined;
      const packs = loadPackDir(storiesDir);
      for (const p of packs) for (const f of packFiles(storiesDir, p.id)) this.addWatchFile(f);
      if (name === CONTENT_MODULE) {
        const content = packs.map(({ detection: _rules, ...rest }) => rest);
        return `export const packs = JSON.parse(${JSON.stringify(JSON.stringify(content))});`;
      }
      if (name === TRIGGERS_MODULE) {
        const triggers: PreparedTrigger[] = packs.map((p) => ({
          id: p.id,
          gate: gateSource(triggerSource(p.detection)),
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
