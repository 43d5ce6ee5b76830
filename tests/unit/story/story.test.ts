import { describe, expect, it } from 'vitest';
import type { StoryPack } from '../../../data/schema';
import {
  findParty,
  findSource,
  localize,
  orderBy,
  pickText,
  positionGrid,
  storyCounts,
  viaChain,
} from '../../../lib/story';
import { novgorodPack } from './pack-fixture';

const pack = novgorodPack();

describe('localize', () => {
  it('uses the requested language when the text has it, else English', () => {
    const text = { en: 'Timeline', uk: 'Хронологія' };
    expect(localize(text, 'uk')).toEqual({ value: 'Хронологія', lang: 'uk' });
    expect(localize(text, 'ru')).toEqual({ value: 'Timeline', lang: 'en' });
    expect(pickText(text, 'de')).toBe('Timeline');
  });
});

describe('positionGrid', () => {
  it('has one row per party for every question, in pack order', () => {
    const grid = positionGrid(pack);
    expect(grid.map((g) => g.question.id)).toEqual(pack.questions.map((q) => q.id));
    for (const { question, rows } of grid) {
      expect(rows.map((r) => r.party.id)).toEqual(pack.parties.map((p) => p.id));
      for (const { party, position } of rows) {
        expect(position?.question).toBe(question.id);
        expect(position?.party).toBe(party.id);
      }
    }
  });

  it('shows only the chosen questions and parties, in the order given', () => {
    const grid = positionGrid(pack, {
      questions: ['evidence', 'targeting'],
      parties: ['us', 'russia'],
    });
    expect(grid.map((g) => g.question.id)).toEqual(['evidence', 'targeting']);
    expect(grid[0]!.rows.map((r) => r.party.id)).toEqual(['us', 'russia']);
  });

  it('ignores unknown ids', () => {
    expect(positionGrid(pack, { questions: ['nope', 'scale'] }).map((g) => g.question.id)).toEqual([
      'scale',
    ]);
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
  it('finds parties and sources by id', () => {
    expect(findParty(pack, 'eu')?.name.en).toBe('European Union');
    expect(findSource(pack, 'news-report')?.kind).toBe('news-report');
    expect(findParty(pack, 'nobody')).toBeUndefined();
  });

  it('follows "via" links to the report a statement is known through', () => {
    const mod = findSource(pack, 'russia-mod-briefing')!;
    expect(viaChain(pack, mod).map((s) => s.id)).toEqual(['news-report']);
    expect(viaChain(pack, findSource(pack, 'news-report')!)).toEqual([]);
  });

  it('stops on a loop of via links', () => {
    const looped: StoryPack = {
      ...pack,
      sources: [
        { id: 'a', kind: 'news-report', description: { en: 'A' }, via: 'b' },
        { id: 'b', kind: 'news-report', description: { en: 'B' }, via: 'a' },
      ],
    };
    expect(viaChain(looped, looped.sources[0]!).map((s) => s.id)).toEqual(['b']);
  });
});

describe('storyCounts', () => {
  it('counts parties, dated events and questions', () => {
    expect(storyCounts(pack)).toEqual({
      parties: pack.parties.length,
      datedEvents: pack.timeline.length,
      questions: pack.questions.length,
    });
  });
});
