/**
 * The pack format: a folder data/stories/<id>/ with story.json (what readers see),
 * detection.json and terms/<lang>.json. Every error names the file and the field.
 * Each mutation below starts from the real pack's files, read into memory.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  loadPack,
  loadPackDir,
  parsePackParts,
  readPackParts,
  type PackParts,
} from '../../../data/load-packs';
import { PackError } from '../../../data/pack-errors';
import type { StoryContent } from '../../../data/schema';

const ID = 'novgorod-residence-claim';
const DIR = `data/stories/${ID}`;
const STORY = `${DIR}/story.json`;
const DETECTION = `${DIR}/detection.json`;
const TERMS = (lang: string) => `${DIR}/terms/${lang}.json`;

const parts = readPackParts(DIR);

/** A deep copy of the pack's parts, typed loosely enough to break. */
interface Parts extends PackParts {
  story: StoryContent;
  detection: { groups: Record<string, unknown>; patterns: { all: unknown[] }[] };
  terms: Record<string, Record<string, { terms?: string[] }>>;
}
const fresh = (): Parts => structuredClone(parts) as Parts;

/** The lines of the PackError thrown for a mutated copy of the real pack. */
function errorsFor(mutate: (p: Parts) => void): string[] {
  const copy = fresh();
  mutate(copy);
  try {
    parsePackParts(copy);
  } catch (e) {
    expect(e).toBeInstanceOf(PackError);
    return (e as PackError).lines;
  }
  throw new Error('expected the pack to be rejected');
}

/** Index of the position of `party` on `question` in the real pack. */
const positionIndex = (party: string, question: string) => {
  const i = (parts.story as StoryContent).positions.findIndex(
    (p) => p.party === party && p.question === question,
  );
  if (i < 0) throw new Error(`no position of ${party} on ${question}`);
  return i;
};
const entryIndex = (id: string) => {
  const i = (parts.story as StoryContent).timeline.findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`no entry ${id}`);
  return i;
};

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('story pack folders', () => {
  it('accepts every pack in data/stories, and one folder alone', () => {
    const packs = loadPackDir('data/stories');
    expect(packs.map((p) => p.id)).toContain(ID);
    const pack = loadPack(DIR);
    expect(pack.id).toBe(ID);
    expect(Object.keys(pack.detection.groups).length).toBeGreaterThan(10);
  });

  it('reads story, detection and one terms file per language', () => {
    expect(parts.dir).toBe(DIR);
    expect((parts.story as StoryContent).id).toBe(ID);
    expect(Object.keys(parts.terms)).toEqual(
      expect.arrayContaining(['en', 'uk', 'ru', 'de', 'fr']),
    );
    expect(Object.keys(parts.terms)).toEqual([...Object.keys(parts.terms)].sort());
  });

  it("merges each language's terms into the groups of detection.json", () => {
    const pack = parsePackParts(fresh());
    const terms = fresh().terms;
    expect(pack.detection.groups.place!.terms.fr).toEqual(terms.fr!.place!.terms);
    expect(pack.detection.groups.place!.terms.en).toEqual(terms.en!.place!.terms);
    expect(pack.detection.groups.place!.trigger).toBe(true);
  });

  it('names the folder and file when a directory holds a broken pack', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-packs-'));
    tmp.push(dir);
    cpSync(DIR, join(dir, ID), { recursive: true });
    const file = join(dir, ID, 'story.json');
    const story = JSON.parse(readFileSync(file, 'utf8'));
    story.eventsThrough = 'yesterday';
    writeFileSync(file, JSON.stringify(story));
    expect(() => loadPackDir(dir)).toThrow(
      new RegExp(`${ID}/story\\.json: eventsThrough: must be a real date`),
    );
  });

  it('names the file that is not valid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factline-packs-'));
    tmp.push(dir);
    cpSync(DIR, join(dir, ID), { recursive: true });
    writeFileSync(join(dir, ID, 'terms', 'de.json'), '{ "place": ');
    expect(() => loadPackDir(dir)).toThrow(new RegExp(`${ID}/terms/de\\.json: not valid JSON`));
  });

  it('rejects a pack whose id does not match its folder', () => {
    const lines = errorsFor((p) => {
      p.story.id = 'another-story';
    });
    expect(lines).toEqual([`${STORY}: id: "another-story" must match the folder name "${ID}"`]);
  });
});

describe('story.json: fields', () => {
  it('rejects a timeline entry without a date', () => {
    const lines = errorsFor((p) => {
      delete (p.story.timeline[1] as Partial<StoryContent['timeline'][number]>).date;
    });
    expect(lines).toContainEqual(expect.stringMatching(`^${STORY}: timeline\\[1\\]\\.date: `));
  });

  it.each([
    ['2025-12-32', /YYYY-MM-DD/],
    ['31/12/2025', /YYYY-MM-DD/],
    ['2025-02-29', /YYYY-MM-DD/],
    ['2025-12-31/', /YYYY-MM-DD/],
    ['2025-12-28/2025-12-29/2025-12-30', /YYYY-MM-DD/],
    ['2025-12-31/2025-12-30', /range must not end before it starts/],
  ])('rejects the malformed entry date %s', (date, message) => {
    const lines = errorsFor((p) => {
      p.story.timeline[0]!.date = date;
    });
    expect(lines).toContainEqual(expect.stringMatching(`^${STORY}: timeline\\[0\\]\\.date: `));
    expect(lines.find((l) => l.startsWith(`${STORY}: timeline[0].date: `))).toMatch(message);
  });

  it.each([
    ['eventsThrough', (p: Parts) => void (p.story.eventsThrough = '2026-02-30')],
    ['reviewed', (p: Parts) => void (p.story.reviewed = '2026-2-15')],
    ['sources[2].date', (p: Parts) => void (p.story.sources[2]!.date = '2025-12-28/2025-12-29')],
    [
      'positions[0].steps[0].date',
      (p: Parts) => void (p.story.positions[0]!.steps[0]!.date = '29.12.2025'),
    ],
  ])('rejects a malformed date in %s', (field, mutate) => {
    const lines = errorsFor(mutate);
    const line = lines.find((l) => l.startsWith(`${STORY}: ${field}: `));
    expect(line, lines.join('\n')).toMatch(/YYYY-MM-DD/);
  });

  it('rejects an unknown entry kind and an unknown stance', () => {
    const lines = errorsFor((p) => {
      (p.story.timeline[0] as { kind: string }).kind = 'rumour';
      (p.story.positions[5]!.steps[0] as { stance: string }).stance = 'maybe';
    });
    expect(lines).toContainEqual(
      expect.stringMatching(`^${STORY}: timeline\\[0\\]\\.kind: .*allegation`),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        `^${STORY}: positions\\[5\\]\\.steps\\[0\\]\\.stance: .*affirms.*undecided`,
      ),
    );
  });

  it('rejects a language the schema does not know, and unknown fields', () => {
    const lines = errorsFor((p) => {
      (p.story.title as Record<string, string>).xx = 'Title';
      (p.story as unknown as Record<string, unknown>).asOf = '2026-02-15';
    });
    expect(lines).toContainEqual(expect.stringMatching(`^${STORY}: title: .*"xx"`));
    expect(lines).toContainEqual(expect.stringMatching(`^${STORY}: \\(root\\): .*"asOf"`));
  });

  it('rejects empty text', () => {
    const lines = errorsFor((p) => {
      p.story.positions[3]!.steps[0]!.short = { en: '   ' };
    });
    expect(lines).toContain(`${STORY}: positions[3].steps[0].short.en: must not be empty`);
  });
});

describe('story.json: sources and attribution', () => {
  it('rejects an entry whose attribution has no source', () => {
    const lines = errorsFor((p) => {
      p.story.timeline[3]!.attribution.sources = [];
    });
    expect(lines).toContain(
      `${STORY}: timeline[3].attribution.sources: every statement rests on at least one source`,
    );
  });

  it('rejects a note whose attribution has no source', () => {
    const lines = errorsFor((p) => {
      p.story.watchNext[0]!.attribution.sources = [];
    });
    expect(lines).toContain(
      `${STORY}: watchNext[0].attribution.sources: every statement rests on at least one source`,
    );
  });

  it('rejects an unknown source id', () => {
    const lines = errorsFor((p) => {
      p.story.timeline[3]!.attribution.sources[0] = 'rumour-mill';
    });
    expect(lines).toContain(
      `${STORY}: timeline[3].attribution.sources[0]: unknown source "rumour-mill"`,
    );
  });

  it('rejects a source no statement uses', () => {
    const at = (parts.story as StoryContent).sources.length;
    const lines = errorsFor((p) => {
      p.story.sources.push({
        id: 'unused-report',
        publisher: 'Example News',
        url: 'https://example.org/unused-report',
        date: '2025-12-30',
        dateFrom: 'page',
        lang: 'en',
      });
    });
    expect(lines).toEqual([
      `${STORY}: sources[${at}].id: source "unused-report" is not used by any statement`,
    ]);
  });

  it('rejects two sources with the same address, however it is written', () => {
    const url = (parts.story as StoryContent).sources[0]!.url;
    const page = url
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '')
      .toLowerCase();
    for (const same of [url, url.replace(/^https:/, 'http:'), `${url.replace(/\/$/, '')}/#top`]) {
      const lines = errorsFor((p) => {
        p.story.sources[1]!.url = same;
      });
      expect(lines, same).toEqual([`${STORY}: sources: two sources share the address ${page}`]);
    }
  });

  it('rejects two sources with the same id', () => {
    const lines = errorsFor((p) => {
      p.story.sources.push({ ...p.story.sources[0]!, url: 'https://example.org/copy' });
    });
    expect(lines).toContainEqual(
      `${STORY}: sources: duplicate id "${(parts.story as StoryContent).sources[0]!.id}"`,
    );
  });

  it.each([
    'ftp://example.org/report',
    'javascript:alert(1)',
    '/news/report',
    'example.org/report',
  ])('rejects the address %s (http and https only)', (url) => {
    const lines = errorsFor((p) => {
      p.story.sources[0]!.url = url;
    });
    expect(lines).toContain(`${STORY}: sources[0].url: must be an http(s) address`);
  });

  it('rejects a source without a publisher or with a bad language', () => {
    const lines = errorsFor((p) => {
      p.story.sources[0]!.publisher = ' ';
      p.story.sources[1]!.lang = 'Russian';
      (p.story.sources[2] as { dateFrom: string }).dateFrom = 'guess';
    });
    expect(lines).toContain(`${STORY}: sources[0].publisher: must not be empty`);
    expect(lines).toContain(`${STORY}: sources[1].lang: must be a language code`);
    expect(lines).toContainEqual(expect.stringMatching(`^${STORY}: sources\\[2\\]\\.dateFrom: `));
  });
});

describe('story.json: dates in order', () => {
  it('rejects timeline entries out of date order', () => {
    const lines = errorsFor((p) => {
      p.story.timeline.reverse();
    });
    expect(lines).toContainEqual(
      expect.stringMatching(
        `^${STORY}: timeline\\[\\d+\\]\\.date: timeline entries must be in date order`,
      ),
    );
  });

  it('rejects eventsThrough that is not the date of the latest entry', () => {
    const latest = (parts.story as StoryContent).eventsThrough;
    for (const date of ['2026-01-01', '2027-01-01']) {
      const lines = errorsFor((p) => {
        p.story.eventsThrough = date;
        p.story.reviewed = '2027-12-31';
      });
      expect(lines).toEqual([
        `${STORY}: eventsThrough: must be the date of the latest timeline entry (${latest})`,
      ]);
    }
  });

  it('rejects a review date before eventsThrough', () => {
    const lines = errorsFor((p) => {
      p.story.reviewed = '2026-01-01';
    });
    expect(lines).toEqual([`${STORY}: reviewed: a pack is reviewed after its latest event`]);
  });

  it('accepts a review on the day of the latest event', () => {
    const copy = fresh();
    copy.story.reviewed = copy.story.eventsThrough;
    expect(parsePackParts(copy).reviewed).toBe(copy.story.eventsThrough);
  });
});

describe('story.json: parties, entries and positions', () => {
  it('rejects an unknown party in the timeline and in positions', () => {
    const lines = errorsFor((p) => {
      p.story.timeline[2]!.party = 'atlantis';
      p.story.positions[0]!.party = 'atlantis';
    });
    expect(lines).toContain(`${STORY}: timeline[2].party: unknown party "atlantis"`);
    expect(lines).toContain(`${STORY}: positions[0].party: unknown party "atlantis"`);
  });

  it("rejects an actor who is not one of the entry party's", () => {
    const i = entryIndex('lavrov-91-drones');
    const lines = errorsFor((p) => {
      p.story.timeline[i]!.actors = ['kallas'];
    });
    expect(lines).toContain(
      `${STORY}: timeline[${i}].actors[0]: "kallas" is not an actor of party "russia"`,
    );
  });

  it('rejects a position of a party that is not principal', () => {
    const at = (parts.story as StoryContent).positions.length;
    const lines = errorsFor((p) => {
      p.story.positions.push({
        party: 'france',
        question: 'scale',
        steps: [],
        none: { en: 'None.' },
      });
    });
    expect(lines).toContain(`${STORY}: positions[${at}].party: "france" is not a principal party`);
  });

  it('rejects a step pointing at a missing entry', () => {
    const i = positionIndex('russia', 'targeting');
    const lines = errorsFor((p) => {
      p.story.positions[i]!.steps[0]!.entry = 'no-such-entry';
    });
    expect(lines).toEqual([
      `${STORY}: positions[${i}].steps[0].entry: unknown timeline entry "no-such-entry"`,
    ]);
  });

  it("rejects a step pointing at another party's entry", () => {
    const i = positionIndex('russia', 'targeting');
    // Zelensky's "another lie" is dated 29 December, like Russia's first step.
    const lines = errorsFor((p) => {
      p.story.positions[i]!.steps[0]!.entry = 'zelensky-another-lie';
    });
    expect(lines).toEqual([
      `${STORY}: positions[${i}].steps[0].entry: entry "zelensky-another-lie" is a statement of "ukraine", not "russia"`,
    ]);
  });

  it('rejects a step dated otherwise than its entry', () => {
    const i = positionIndex('russia', 'targeting');
    const steps = (parts.story as StoryContent).positions[i]!.steps;
    const last = steps.length - 1;
    const entry = steps[last]!.entry;
    const date = (parts.story as StoryContent).timeline.find((e) => e.id === entry)!.date;
    const lines = errorsFor((p) => {
      p.story.positions[i]!.steps[last]!.date = '2026-12-01';
    });
    expect(lines).toEqual([
      `${STORY}: positions[${i}].steps[${last}].date: must be the date of entry "${entry}" (${date})`,
    ]);
  });

  it('rejects steps out of date order', () => {
    const i = positionIndex('us', 'targeting');
    const lines = errorsFor((p) => {
      p.story.positions[i]!.steps.reverse();
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(
        new RegExp(
          `^${STORY}: positions\\[${i}\\]\\.steps\\[\\d+\\]\\.date: steps must be in date order$`,
        ),
      );
    }
  });

  it('rejects a principal party without a position on a question', () => {
    const lines = errorsFor((p) => {
      p.story.positions = p.story.positions.filter(
        (x) => !(x.party === 'eu' && x.question === 'scale'),
      );
    });
    expect(lines).toEqual([
      `${STORY}: positions: principal party "eu" has no position on question "scale"`,
    ]);
  });

  it('rejects a second position of a party on a question', () => {
    const i = positionIndex('eu', 'scale');
    const at = (parts.story as StoryContent).positions.length;
    const lines = errorsFor((p) => {
      p.story.positions.push(structuredClone(p.story.positions[i]!));
    });
    expect(lines).toEqual([`${STORY}: positions[${at}]: second position for eu on "scale"`]);
  });

  it('rejects a position with no steps and no `none`, and `none` beside steps', () => {
    const us = positionIndex('us', 'targeting');
    const eu = positionIndex('eu', 'scale');
    const lines = errorsFor((p) => {
      p.story.positions[us]!.none = { en: 'No public position.' };
      p.story.positions[eu]!.none = undefined;
      delete p.story.positions[eu]!.none;
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        `${STORY}: positions[${us}].none: only a position without steps has \`none\``,
        `${STORY}: positions[${eu}].none: a position without steps says why (no public position)`,
      ]),
    );
  });

  it('rejects a principal party with no official or body', () => {
    const lines = errorsFor((p) => {
      const eu = p.story.parties.find((x) => x.id === 'eu')!;
      eu.actors = [];
      for (const e of p.story.timeline) if (e.party === 'eu') e.actors = [];
    });
    const at = (parts.story as StoryContent).parties.findIndex((x) => x.id === 'eu');
    expect(lines).toEqual([
      `${STORY}: parties[${at}].actors: a principal party needs at least one official or body`,
    ]);
  });

  it('rejects another voice pointing at a missing entry', () => {
    const lines = errorsFor((p) => {
      p.story.otherVoices[0]!.members[0]!.entry = 'no-such-entry';
    });
    expect(lines).toEqual([
      `${STORY}: otherVoices[0].members[0].entry: unknown timeline entry "no-such-entry"`,
    ]);
  });
});

describe('terms/<lang>.json and detection.json', () => {
  it.each([
    ['no*vgorod', /`\*` only before the first word or after the last/],
    ['*', /a term needs letters or digits/],
    ['   ', /a term needs letters or digits/],
  ])('rejects the term %j in terms/fr.json, naming the file and the group', (term, message) => {
    const lines = errorsFor((p) => {
      p.terms.fr!.place!.terms![0] = term;
    });
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines)
      expect(line.startsWith(`${TERMS('fr')}: place.terms[0]: `), line).toBe(true);
    expect(lines.join('\n')).toMatch(message);
  });

  it('rejects an empty term list and an unknown field in a group', () => {
    const lines = errorsFor((p) => {
      p.terms.de!.putin!.terms = [];
      (p.terms.de!.place as Record<string, unknown>).also = ['x'];
    });
    expect(lines).toContainEqual(expect.stringMatching(`^${TERMS('de')}: putin\\.terms: `));
    expect(lines).toContainEqual(expect.stringMatching(`^${TERMS('de')}: place: .*"also"`));
  });

  it('rejects an unknown group in a terms file', () => {
    const lines = errorsFor((p) => {
      p.terms.uk!['no-such-group'] = { terms: ['щось'] };
    });
    expect(lines).toEqual([
      `${TERMS('uk')}: no-such-group: unknown group (groups are listed in detection.json)`,
    ]);
  });

  it('rejects a terms file that is not named after a language', () => {
    const lines = errorsFor((p) => {
      p.terms.French = p.terms.fr!;
    });
    expect(lines).toEqual([
      `${DIR}/terms/French.json: (file name): "French" is not a language code`,
    ]);
  });

  it('blames detection.json for its own errors', () => {
    const lines = errorsFor((p) => {
      p.detection.patterns[0]!.all.push('nowhere');
    });
    expect(lines).toEqual([
      `${DETECTION}: patterns[0].all: "nowhere" is not a group or an earlier pattern`,
    ]);
  });

  it('rejects a detection topic that is not a topic of story.json', () => {
    const lines = errorsFor((p) => {
      (p.detection as unknown as { topics: Record<string, unknown> }).topics.weather = {
        any: ['place'],
      };
    });
    expect(lines).toEqual([`${DETECTION}: topics.weather: unknown topic "weather"`]);
  });
});

describe('the Novgorod pack', () => {
  const pack = loadPack(DIR);
  const principal = pack.parties.filter((p) => p.principal);

  it('has four principal parties, each with its officials or bodies', () => {
    expect(principal.map((p) => p.id)).toEqual(['russia', 'ukraine', 'us', 'eu']);
    const actors = (id: string) =>
      pack.parties.find((p) => p.id === id)!.actors.map((a) => a.name.en);
    expect(actors('russia')).toEqual(expect.arrayContaining(['Sergei Lavrov']));
    expect(actors('eu')).toEqual(expect.arrayContaining(['Kaja Kallas']));
    expect(pack.parties.filter((p) => !p.principal).length).toBeGreaterThan(0);
  });

  it('dates every entry from the claim on, through eventsThrough, before the review', () => {
    expect(pack.timeline[0]!.date.split('/')[0]).toBe('2025-12-28');
    for (const entry of pack.timeline) {
      for (const d of entry.date.split('/')) expect(d <= pack.eventsThrough, entry.id).toBe(true);
    }
    expect(pack.reviewed >= pack.eventsThrough).toBe(true);
  });

  it('rests every statement on at least one known source, and uses every source', () => {
    const ids = new Set(pack.sources.map((s) => s.id));
    const used = new Set<string>();
    for (const s of [...pack.timeline, ...pack.whyItMatters, ...pack.watchNext]) {
      expect(s.attribution.by.en.trim()).toBeTruthy();
      expect(s.attribution.sources.length).toBeGreaterThan(0);
      for (const id of s.attribution.sources) {
        expect(ids.has(id), id).toBe(true);
        used.add(id);
      }
    }
    expect([...ids].filter((id) => !used.has(id))).toEqual([]);
  });

  it('links only real web addresses, each once', () => {
    const urls = pack.sources.map((s) => s.url);
    for (const url of urls) expect(new URL(url).protocol).toMatch(/^https?:$/);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('gives every principal party a position history on every question', () => {
    for (const q of pack.questions) {
      for (const party of principal) {
        const found = pack.positions.filter((p) => p.question === q.id && p.party === party.id);
        expect(found, `${party.id} on ${q.id}`).toHaveLength(1);
        const [pos] = found;
        expect(pos!.steps.length > 0 || pos!.none !== undefined).toBe(true);
      }
    }
  });

  it('marks some, not all, entries as key developments', () => {
    const key = pack.timeline.filter((e) => e.key);
    expect(key.length).toBeGreaterThan(3);
    expect(key.length).toBeLessThan(pack.timeline.length);
  });
});
