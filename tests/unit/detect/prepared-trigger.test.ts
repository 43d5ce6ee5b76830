import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_MODULE,
  RULES_MODULE,
  storyRulesPlugin,
  type PreparedStory,
} from '../../../data/rules-plugin';
import { compile } from '../../../lib/detect';
import { buildTrigger, triggerFrom } from '../../../lib/detect/trigger';
import { STORY, stories, textPage } from './helpers';

/** Runs the build-time plugin as Vite would and reads the module it generates. */
function prepared(): PreparedStory[] {
  const plugin = storyRulesPlugin(join(import.meta.dirname, '../../../data/stories'));
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string;
  const code = load.call({ addWatchFile: () => undefined }, resolveId(RULES_MODULE)!);
  return JSON.parse(
    code.replace(/^export const stories = /, '').replace(/;$/, ''),
  ) as PreparedStory[];
}

const samples = [
  'The council approved a new transport plan.',
  'Russia said drones attacked Putin’s residence near Valdai.',
  'Москва заявила об атаке на резиденцию в Новгородской области.',
  'PUTİN’İN KONUTUNA SALDIRI İDDİASI',
  'Nov\u00ADgo\u00ADrod region',
  '普京官邸 诺夫哥罗德州',
  'Η κατοικία του Πούτιν',
  'Moscow weather: snow expected this weekend.',
];

describe('the pre-filter prepared at build time', () => {
  const [story] = prepared();

  it('carries every pack, its rules as JSON, and a ready trigger', () => {
    expect(story!.id).toBe(STORY);
    expect(JSON.parse(story!.rules)).toEqual(stories[0]!.detection);
  });

  it('accepts exactly what the trigger built at run time accepts', () => {
    const ready = triggerFrom(story!.trigger);
    const built = buildTrigger(stories[0]!.detection);
    for (const text of samples) expect(ready(text), text).toBe(built(text));
    expect(samples.filter(ready)).toHaveLength(6);
  });

  it('detects through compile() with rules parsed only on demand', () => {
    let parsed = 0;
    const lazy = {
      id: story!.id,
      trigger: story!.trigger,
      get detection() {
        parsed += 1;
        return JSON.parse(story!.rules);
      },
    };
    const detector = compile([lazy]);
    expect(detector.mayMatch('The council approved a new transport plan.')).toBe(false);
    expect(parsed).toBe(0);
    const d = detector.detect(
      textPage(
        'Russia says Ukraine sent 91 drones at Putin’s residence in the Novgorod region.\n' +
          'Kyiv called the claim a lie.',
      ),
    );
    expect(d.story).toBe(STORY);
    expect(parsed).toBeGreaterThan(0);
  });
});

describe('the packs shipped to the popup and the card', () => {
  it('are the validated packs without their detection rules', () => {
    const plugin = storyRulesPlugin(join(import.meta.dirname, '../../../data/stories'));
    const resolveId = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string;
    const code = load.call({ addWatchFile: () => undefined }, resolveId(CONTENT_MODULE)!);
    const json = /JSON\.parse\((".*")\);$/.exec(code)![1]!;
    const packs = JSON.parse(JSON.parse(json) as string) as Record<string, unknown>[];
    const { detection: _rules, ...content } = stories[0]!;
    expect(packs).toEqual([content]);
    expect(packs[0]).not.toHaveProperty('detection');
  });
});
