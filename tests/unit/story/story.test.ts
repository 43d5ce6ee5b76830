import { describe, expect, it } from 'vitest';
import type { Position, StoryContent } from '../../../data/schema';
import {
  findEntry,
  findParty,
  findSource,
  localize,
  orderBy,
  pickText,
  positionGrid,
  principalParties,
  sourcesOf,
  stanceChanges,
  storyCounts,
} from '../../../lib/story';
import { novgorodPack } from './pack-fixture';

const pack = novgorodPack();
const PRINCIPAL = ['russia', 'ukraine', 'us', 'eu'];

describe('localize', () => {
  it('uses the requested language when the text has it, else English', () => {
    const text = { en: 'Timeline', uk: 'Хронологія' };
    expect(localize(text, 'uk')).toEqual({ value: 'Хронологія', lang: 'uk' });
    expect(localize(text, 'ru')).toEqual({ value: 'Timeline', lang: 'en' });
    expect(pickText(text, 'de')).toBe('Timeline');
  });

  it('finds every pack language in the real pack', () => {
    for (const lang of ['en', 'uk', 'ru', 'de', 'fr'] as const) {
      expect(localize(pack.title, lang)).toEqual({ value: pack.title[lang], lang });
    }
  });
});

describe('principalParties', () => {
  it('lists the parties with a position history, in pack order', () => {
    expect(principalParties(pack).map((p) => p.id)).toEqual(PRINCIPAL);
    expect(pack.parties.length).toBeGreaterThan(PRINCIPAL.length);
  });
});

describe('positionGrid', () => {
  it('has one row per principal party for every question, in pack order', () => {
    const grid = positionGrid(pack);
    expect(grid.map((g) => g.question.id)).toEqual(pack.questions.map((q) => q.id));
    for (const { question, rows } of grid) {
      expect(rows.map((r) => r.party.id)).toEqual(PRINCIPAL);
      for (const { party, position } of rows) {
        expect(position?.question).toBe(question.id);
        expect(position?.party).toBe(party.id);
      }
    }
  });

  it('gives the trail and the "no public position" note as the pack has them', () => {
    const scale = positionGrid(pack, { questions: ['scale'] })[0]!;
    const us = scale.rows.find((r) => r.party.id === 'us')!.position!;
    expect(us.steps).toEqual([]);
    expect(us.none?.en).toMatch(/drone count/);
    const russia = positionGrid(pack, { questions: ['targeting'] })[0]!.rows[0]!.position!;
    expect(russia.steps.map((s) => s.entry)[0]).toBe('lavrov-91-drones');
  });

  it('shows only the chosen questions and parties, in the order given', () => {
    const grid = positionGrid(pack, {
      questions: ['evidence', 'targeting'],
      parties: ['us', 'russia'],
    });
    expect(grid.map((g) => g.question.id)).toEqual(['evidence', 'targeting']);
    expect(grid[0]!.rows.map((r) => r.party.id)).toEqual(['us', 'russia']);
  });

  it('ignores unknown ids, and parties that are not principal', () => {
    expect(positionGrid(pack, { questions: ['nope', 'scale'] }).map((g) => g.question.id)).toEqual([
      'scale',
    ]);
    const grid = positionGrid(pack, { parties: ['france', 'eu', 'independent'] });
    expect(grid[0]!.rows.map((r) => r.party.id)).toEqual(['eu']);
  });

  it('leaves a row without a position in an unvalidated pack', () => {
    const partial: StoryContent = {
      ...pack,
      positions: pack.positions.filter((p) => p.party !== 'eu'),
    };
    const rows = positionGrid(partial)[0]!.rows;
    expect(rows.map((r) => r.party.id)).toEqual(PRINCIPAL);
    expect(rows.find((r) => r.party.id === 'eu')!.position).toBeUndefined();
  });
});

describe('stanceChanges', () => {
  const step = (stance: Position['steps'][number]['stance']) => ({
    date: '2025-12-29',
    entry: 'x',
    stance,
    short: { en: stance },
    text: { en: stance },
  });
  const trail = (...stances: Position['steps'][number]['stance'][]): Position => ({
    party: 'us',
    question: 'targeting',
    steps: stances.map(step),
  });

  it('counts the changes from one step to the next', () => {
    expect(stanceChanges(trail())).toBe(0);
    expect(stanceChanges(trail('affirms'))).toBe(0);
    expect(stanceChanges(trail('affirms', 'affirms', 'affirms'))).toBe(0);
    expect(stanceChanges(trail('undecided', 'doubts', 'doubts', 'denies', 'undecided'))).toBe(3);
  });

  it('counts the U.S. moves on targeting: undecided → doubts → denies → undecided', () => {
    const us = pack.positions.find((p) => p.party === 'us' && p.question === 'targeting')!;
    expect(us.steps.map((s) => s.stance)).toEqual([
      'undecided',
      'doubts',
      'doubts',
      'denies',
      'denies',
      'undecided',
    ]);
    expect(stanceChanges(us)).toBe(3);
    const russia = pack.positions.find((p) => p.party === 'russia' && p.question === 'targeting')!;
    expect(stanceChanges(russia)).toBe(0);
  });
});

describe('orderBy', () => {
  const items = ['a', 'b', 'c', 'd'];
  it('moves chosen items first and keeps the rest in order', () => {
    expect(orderBy(items, ['c', 'a'], (x) => x)).toEqual(['c', 'a', 'b', 'd']);
  });
  it('can drop the rest, and ignores duplicates and unknown ids', () => {
    expect(orderBy(items, ['d', 'x', 'd', 'b'], (x) => x, false)).toEqual(['d', 'b']);
  });
});

describe('lookups', () => {
  it('finds parties, entries and sources by id', () => {
    expect(findParty(pack, 'eu')?.name.en).toBe('European Union');
    expect(findParty(pack, 'nobody')).toBeUndefined();
    expect(findEntry(pack, 'wsj-cia-assessment')).toMatchObject({
      party: 'us',
      kind: 'intelligence-assessment',
      date: '2025-12-31',
    });
    expect(findEntry(pack, 'nothing')).toBeUndefined();
    const source = findSource(pack, 'tass-2025-12-29-mod-overnight');
    expect(source).toMatchObject({ publisher: 'TASS', date: '2025-12-29', lang: 'ru' });
    expect(source?.url).toMatch(/^https:\/\/tass\.ru\//);
    expect(findSource(pack, 'news-report')).toBeUndefined();
  });

  it("gives an attribution's sources in its order, skipping unknown ids", () => {
    const entry = findEntry(pack, 'trump-very-angry')!;
    const sources = sourcesOf(pack, entry.attribution.sources);
    expect(sources.map((s) => s.id)).toEqual(entry.attribution.sources);
    expect(sources[0]!.publisher).toBe('UNN');
    expect(sourcesOf(pack, ['nope', entry.attribution.sources[1]!]).map((s) => s.id)).toEqual([
      entry.attribution.sources[1],
    ]);
    expect(sourcesOf(pack, [])).toEqual([]);
  });
});

describe('storyCounts', () => {
  it('counts principal parties, dated events and questions', () => {
    expect(storyCounts(pack)).toEqual({
      parties: 4,
      datedEvents: pack.timeline.length,
      questions: 3,
    });
    expect(pack.timeline.length).toBeGreaterThan(40);
  });
});
