/**
 * The build-time preparation of the packs (scripts/build/rules-plugin.ts): the trigger script's
 * pre-filters, the background's rules with every term's normalised word, and the packs
 * without rules for the popup and the background's card answers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_MODULE,
  RULES_MODULE,
  storyRulesPlugin,
  TRIGGERS_MODULE,
  type PreparedStory,
  type PreparedTrigger,
} from '../../../scripts/build/rules-plugin';
import { compile } from '../../../lib/detect';
import { termWords } from '../../../lib/detect/matcher';
import { buildTrigger, triggerFrom } from '../../../lib/detect/trigger';
import { anchorOf, classOf, gateSource } from '../../../lib/detect/trigger';
import { STORY, stories, textPage } from './helpers';

/** Runs the build-time plugin as Vite would and evaluates the module it generates. */
function load<T>(module: string): T {
  const plugin = storyRulesPlugin(join(import.meta.dirname, '../../../data/stories'));
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const loader = plugin.load as (this: { addWatchFile(f: string): void }, id: string) => string;
  const code = loader.call({ addWatchFile: () => undefined }, resolveId(module)!);
  return new Function(code.replace(/^export const \w+ = /, 'return '))() as T;
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

describe('the packs prepared at build time', () => {
  const [trigger] = load<PreparedTrigger[]>(TRIGGERS_MODULE);
  const [story] = load<PreparedStory[]>(RULES_MODULE);

  it('gives the trigger script only each pack’s id and gate, worked out from the pre-filter', () => {
    expect(Object.keys(trigger!).sort()).toEqual(['gate', 'id']);
    expect(trigger!.gate).toEqual(gateSource(story!.trigger));
  });

  it('gives the background the rules as JSON and every term’s normalised word', () => {
    expect(story!.id).toBe(STORY);
    expect(JSON.parse(story!.rules)).toEqual(stories[0]!.detection);
    expect(story!.words).toEqual(termWords(stories[0]!.detection));
    expect(story!.words.length).toBeGreaterThan(1000);
  });

  it('accepts exactly what the trigger built at run time accepts', () => {
    const ready = triggerFrom(story!.trigger);
    const built = buildTrigger(stories[0]!.detection);
    for (const text of samples) expect(ready(text), text).toBe(built(text));
    expect(samples.filter(ready)).toHaveLength(6);
  });

  it('does not take a stem inside another word for a trigger term', () => {
    const ready = triggerFrom(story!.trigger);
    for (const text of ['cloud computing costs', 'spouting nonsense', 'disputing the bill'])
      expect(ready(text), text).toBe(false);
    for (const text of ['Putin said', '«Путин» заявил', 'putin', '(Putin)', '普京说'])
      expect(ready(text), text).toBe(true);
    // a later occurrence at a word start still counts
    expect(ready('computing, then Putin')).toBe(true);
  });

  it('detects through compile() with the prepared words, one automaton for every page', () => {
    let parsed = 0;
    const lazy = {
      id: story!.id,
      trigger: story!.trigger,
      words: story!.words,
      get detection() {
        parsed += 1;
        return JSON.parse(story!.rules);
      },
    };
    const detector = compile([lazy], { everyTerm: true });
    expect(detector.mayMatch('The council approved a new transport plan.')).toBe(false);
    expect(parsed).toBe(0);
    const page = textPage(
      'Russia says Ukraine sent 91 drones at Putin’s residence in the Novgorod region.\n' +
        'Kyiv called the claim a lie.',
    );
    const d = detector.detect(page);
    expect(d.story).toBe(STORY);
    expect(parsed).toBeGreaterThan(0);
    expect(d).toEqual(compile(stories).detect(page));
  });
});

describe('the packs shipped without their rules', () => {
  it('are the validated packs without their detection rules', () => {
    const packs = load<Record<string, unknown>[]>(CONTENT_MODULE);
    const { detection: _rules, ...content } = stories[0]!;
    expect(packs).toEqual([content]);
    expect(packs[0]).not.toHaveProperty('detection');
  });
});

describe('the pre-filter’s gates', () => {
  it('open only on characters beyond ASCII: ſ and ı do not let every capital S or I in', () => {
    const gate = new RegExp(classOf(['ſ', 'ı', 'é', 'K']));
    expect(gate.test('Some Ordinary Text In Capitals, SKI RESORT')).toBe(false);
    expect(gate.test('ſ')).toBe(true);
    expect(gate.test('café')).toBe(true);
    expect(gate.test('CAFÉ')).toBe(true);
  });
});

describe('the pre-filter’s phrase anchors', () => {
  const [story] = load<PreparedStory[]>(RULES_MODULE);
  const source = story!.trigger;
  const heads = [...source.latin.anchored, ...source.latin.free].map((e) => e.split(' ')[0]!);

  it('look for a phrase by its longest word (of equals, the last)', () => {
    expect(anchorOf(['state', 'residence'])).toBe(1);
    expect(anchorOf(['den', 'bolig'])).toBe(1);
    expect(anchorOf(['president', 'residence'])).toBe(1);
    expect(anchorOf(['residence', 'etat'])).toBe(0);
  });

  it('keep everyday words out of what every page is scanned for', () => {
    for (const everyday of ['state', 'den', 'tu', 'ir', 'noi', 'ait', 'rus', 'russian'])
      expect(heads, everyday).not.toContain(everyday);
    expect(heads).toContain('residence');
  });

  it('still find the whole phrase around its anchor, and only the whole phrase', () => {
    const ready = triggerFrom(source);
    expect(ready('Officials said the state residence was quiet.')).toBe(true);
    expect(ready('THE STATE — RESIDENCE')).toBe(true);
    expect(ready('The state fair was held far from any student residence hall.')).toBe(false);
    expect(ready('State visit: residents of Turku and Irish tunes.')).toBe(false);
    // an anchor inside another word is no anchor
    expect(ready('state nonresidence')).toBe(false);
  });

  it('look for a place or name of several words whole, not by its longest word alone', () => {
    const ready = triggerFrom(source);
    // the compound's names and "lake Uzhin" in the press's own spellings: found
    for (const named of [
      'Reședința de la lacul Uzhin a fost închisă.',
      'Rezidencija uz jezero Uzin je zatvorena.',
      'Резиденция «Долгие Бороды» закрыта.',
      'Дача в Долгих Бородах закрыта.',
      'Residence Dolgiye Borody was closed.',
    ]) {
      expect(ready(named), named).toBe(true);
    }
    // the everyday words those names contain ("lake", "long"): the page is turned away
    for (const everyday of [
      'Turiștii au vizitat lacul de acumulare și muzeul orașului.',
      'Kupači su se okupali u jezeru kraj grada, a jezero je čisto.',
      'После долгих переговоров стороны подписали торговое соглашение.',
      'Köyün yakınındaki gölü ziyaret eden turistler fotoğraf çekti.',
      'Turistane gikk rundt innsjøen og sjøen før middag.',
    ]) {
      expect(ready(everyday), everyday).toBe(false);
    }
  });
});
