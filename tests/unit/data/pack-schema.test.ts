import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackDir, parsePack } from '../../../data/load-packs';
import { PackError } from '../../../data/pack-errors';
import { StoryPackSchema, type StoryPackInput } from '../../../data/schema';

const FILE = 'data/stories/novgorod-residence-claim.json';
const text = readFileSync(FILE, 'utf8');
const fresh = (): StoryPackInput => JSON.parse(text) as StoryPackInput;

/** The lines of the PackError thrown for a mutated copy of the real pack. */
function errorsFor(mutate: (p: StoryPackInput) => void): string[] {
  const pack = fresh();
  mutate(pack);
  try {
    parsePack(FILE, JSON.stringify(pack));
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).lines;
  }
  throw new Error('expected the pack to be rejected');
}

describe('story pack schema', () => {
  it('accepts every pack in data/stories', () => {
    const packs = loadPackDir('data/stories');
    expect(packs.map((p) => p.id)).toContain('novgorod-residence-claim');
  });

  it('rejects a timeline entry without a date, naming file and field', () => {
    const lines = errorsFor((p) => {
      delete (p.timeline[1] as Partial<(typeof p.timeline)[number]>).date;
    });
    expect(lines).toContainEqual(expect.stringMatching(`^${FILE}: timeline\\[1\\]\\.date: `));
  });

  it.each(['2025-12-32', '31/12/2025', '2025-12-31/2025-12-30', '2025-02-29', '2025-12-31/'])(
    'rejects the malformed date %s',
    (date) => {
      const lines = errorsFor((p) => {
        p.timeline[0]!.date = date;
      });
      expect(lines.join('\n')).toMatch(/timeline\[0\]\.date: .*(YYYY-MM-DD|range)/);
    },
  );

  it('rejects an unknown party in the timeline and in positions', () => {
    const lines = errorsFor((p) => {
      p.timeline[2]!.party = 'atlantis';
      p.positions[0]!.party = 'atlantis';
    });
    expect(lines).toContain(`${FILE}: timeline[2].party: unknown party "atlantis"`);
    expect(lines).toContain(`${FILE}: positions[0].party: unknown party "atlantis"`);
  });

  it('rejects an empty position statement', () => {
    const lines = errorsFor((p) => {
      p.positions[3]!.text = { en: '   ' };
    });
    expect(lines).toContain(`${FILE}: positions[3].text.en: must not be empty`);
  });

  it('rejects a stated position or timeline entry without attribution', () => {
    const lines = errorsFor((p) => {
      delete p.positions[0]!.attribution;
      delete (p.timeline[0] as Partial<(typeof p.timeline)[number]>).attribution;
    });
    expect(lines).toContainEqual(expect.stringContaining('positions[0].attribution: a stated position needs an attribution'));
    expect(lines).toContainEqual(expect.stringMatching(/timeline\[0\]\.attribution: /));
  });

  it('rejects an attribution that names an unknown source', () => {
    const lines = errorsFor((p) => {
      p.timeline[3]!.attribution.source = 'rumour-mill';
    });
    expect(lines).toContain(`${FILE}: timeline[3].attribution.source: unknown source "rumour-mill"`);
  });

  it('requires every party to have a position on every question', () => {
    const lines = errorsFor((p) => {
      p.positions = p.positions.filter((x) => !(x.party === 'eu' && x.question === 'scale'));
    });
    expect(lines.join('\n')).toContain('party "eu" has no position on question "scale"');
  });

  it('rejects timeline entries out of date order', () => {
    const lines = errorsFor((p) => {
      p.timeline.reverse();
    });
    expect(lines.join('\n')).toContain('timeline entries must be in date order');
  });

  it('rejects a pack whose id does not match its file name', () => {
    const lines = errorsFor((p) => {
      p.id = 'another-story';
    });
    expect(lines).toEqual([`${FILE}: id: "another-story" must match the file name "novgorod-residence-claim"`]);
  });

  it('rejects a language the schema does not know, and unknown fields', () => {
    const lines = errorsFor((p) => {
      (p.title as Record<string, string>).xx = 'Title';
      (p as Record<string, unknown>).verdict = 'true';
    });
    expect(lines.join('\n')).toMatch(/title: .*xx/);
    expect(lines.join('\n')).toMatch(/\(root\): .*verdict/);
  });

  it('names the file when a directory holds a broken pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-packs-'));
    const pack = fresh();
    pack.asOf = 'yesterday';
    writeFileSync(join(dir, 'novgorod-residence-claim.json'), JSON.stringify(pack));
    expect(() => loadPackDir(dir)).toThrow(/novgorod-residence-claim\.json: asOf: must be a real date/);
  });
});

describe('story pack consistency', () => {
  const pack = StoryPackSchema.parse(fresh());
  const partyIds = pack.parties.map((p) => p.id);

  it('has the four parties the source names, each with its officials or bodies', () => {
    expect(partyIds).toEqual(['russia', 'ukraine', 'us', 'eu']);
    const actors = (id: string) => pack.parties.find((p) => p.id === id)!.actors.map((a) => a.name.en);
    expect(actors('russia')).toEqual(
      expect.arrayContaining(['Sergei Lavrov', 'Ministry of Defence', 'A senior Russian officer']),
    );
    expect(actors('eu')).toContain('Kaja Kallas');
  });

  it('dates every timeline entry within the source period and before asOf', () => {
    for (const entry of pack.timeline) {
      for (const d of entry.date.split('/')) {
        expect(d >= '2025-12-28' && d <= pack.asOf).toBe(true);
      }
    }
  });

  it('attributes every statement it shows', () => {
    const stated = [
      ...pack.timeline,
      ...pack.whyItMatters,
      ...pack.watchNext,
      ...pack.positions.filter((p) => p.stance !== 'no-public-position'),
    ];
    for (const s of stated) expect(s.attribution?.by.en.trim()).toBeTruthy();
  });

  it('gives every party a stance on every question', () => {
    for (const q of pack.questions) {
      for (const party of partyIds) {
        expect(pack.positions.filter((p) => p.question === q.id && p.party === party)).toHaveLength(1);
      }
    }
  });

  it('invents no URLs: the seed names none', () => {
    expect(pack.sources.every((s) => s.url === undefined)).toBe(true);
  });
});
