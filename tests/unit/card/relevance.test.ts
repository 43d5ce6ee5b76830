import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../data/schema';
import { newSince, pageRelevance } from '../../../lib/story/relevance';
import { novgorodPack } from '../story/pack-fixture';

const pack = novgorodPack();
const ids = (list: { topic: { id: string } }[]) => list.map((m) => m.topic.id);
const entryIds = (list: readonly TimelineEntry[]) => list.map((e) => e.id);

// A page with Russia's claim (targeting, scale, evidence) and nothing else.
const claimOnly = [
  { questions: ['scale', 'targeting'] },
  { questions: [] },
  { questions: ['evidence'] },
  { questions: ['targeting'] },
];

describe('pageRelevance: mentioned', () => {
  it('lists the topics the passages touch, in the order the page first mentions them', () => {
    const r = pageRelevance(pack, [{ questions: ['eu-dismissal'] }, ...claimOnly]);
    expect(ids(r.mentioned)).toEqual(['eu-dismissal', 'targeting', 'scale', 'evidence']);
    const targeting = r.mentioned.find((m) => m.topic.id === 'targeting')!;
    expect(targeting.passages).toEqual([1, 4]);
    expect(targeting.question?.id).toBe('targeting');
    expect(r.mentioned.find((m) => m.topic.id === 'eu-dismissal')!.question).toBeUndefined();
  });

  it('gives a mentioned topic every entry carrying it, in date order', () => {
    const r = pageRelevance(pack, [{ questions: ['eu-dismissal'] }]);
    expect(entryIds(r.mentioned[0]!.entries)).toEqual(
      entryIds(pack.timeline.filter((e) => e.topics.includes('eu-dismissal'))),
    );
    expect(entryIds(r.mentioned[0]!.entries)).toEqual([
      'kallas-deliberate-distraction',
      'kallas-oreshnik-escalation',
    ]);
  });

  it('orders the questions mentioned first, then the rest in pack order', () => {
    const r = pageRelevance(pack, [{ questions: ['evidence'] }, { questions: ['us-assessment'] }]);
    expect(r.questionOrder).toEqual(['evidence', 'targeting', 'scale']);
    expect([...r.mentionedQuestions]).toEqual(['evidence']);
  });

  it('ignores topic ids the pack does not define, and duplicate ids in one passage', () => {
    const r = pageRelevance(pack, [{ questions: ['no-such-topic', 'scale', 'scale'] }]);
    expect(ids(r.mentioned)).toEqual(['scale']);
    expect(r.mentioned[0]!.passages).toEqual([0]);
  });
});

describe('pageRelevance: not mentioned', () => {
  it("finds what a page with Russia's claim leaves out: the U.S. assessment, Kyiv's and the EU's dismissals…", () => {
    const r = pageRelevance(pack, claimOnly);
    expect(ids(r.notMentioned)).toEqual([
      'us-assessment',
      'ukraine-dismissal',
      'eu-dismissal',
      'retaliation',
      'negotiations',
      'other-governments',
      'independent-checks',
    ]);
    const under = (topic: string) =>
      entryIds(r.notMentioned.find((m) => m.topic.id === topic)!.entries);
    expect(under('us-assessment')).toEqual(
      expect.arrayContaining(['wsj-cia-assessment', 'trump-dont-believe', 'trump-dont-know']),
    );
    expect(under('ukraine-dismissal')).toEqual(
      expect.arrayContaining(['zelensky-another-lie', 'ukraine-dismisses-video-debris']),
    );
    expect(under('eu-dismissal')).toEqual([
      'kallas-deliberate-distraction',
      'kallas-oreshnik-escalation',
    ]);
    for (const m of r.notMentioned) {
      for (const e of m.entries) expect(e.topics, e.id).toContain(m.topic.id);
      expect(entryIds(m.entries)).toEqual(
        entryIds(pack.timeline.filter((e) => m.entries.includes(e))),
      );
    }
  });

  it('lists each left-out development once, under the first left-out topic carrying it', () => {
    const r = pageRelevance(pack, [{ questions: ['targeting'] }]);
    const listed = r.notMentioned.flatMap((m) => entryIds(m.entries));
    expect(new Set(listed).size).toBe(listed.length);
    const under = (topic: string) =>
      entryIds(r.notMentioned.find((m) => m.topic.id === topic)!.entries);
    // Romanenkov's briefing carries scale and evidence: listed under scale (first), not evidence.
    expect(under('scale')).toContain('romanenkov-briefing');
    expect(under('evidence')).not.toContain('romanenkov-briefing');
    expect(under('evidence')).toContain('mod-drone-video');
    // Every entry the page leaves out is listed somewhere.
    const leftOut = pack.timeline.filter((e) =>
      e.topics.some((t) => r.notMentioned.some((m) => m.topic.id === t)),
    );
    expect([...listed].sort()).toEqual(entryIds(leftOut).sort());
  });

  it('has every topic when no passage carries one', () => {
    const r = pageRelevance(pack, [{ questions: [] }]);
    expect(r.mentioned).toEqual([]);
    expect(ids(r.notMentioned)).toEqual(pack.topics.map((t) => t.id));
    expect(r.questionOrder).toEqual(pack.questions.map((q) => q.id));
  });
});

describe('pageRelevance: new since this article', () => {
  it('is null when the page states no publication date (or an impossible one)', () => {
    expect(pageRelevance(pack, claimOnly).newSince).toBeNull();
    expect(pageRelevance(pack, claimOnly, '2025-13-45').newSince).toBeNull();
    expect(pageRelevance(pack, claimOnly, '2025-13-45').published).toBeNull();
    expect(pageRelevance(pack, claimOnly, '29 December 2025').published).toBeNull();
  });

  it('lists entries that start after the publication day, in date order', () => {
    const r = pageRelevance(pack, claimOnly, '2025-12-29');
    expect(r.published).toBe('2025-12-29');
    const fresh = entryIds(r.newSince!);
    expect(fresh).toEqual(entryIds(pack.timeline.filter((e) => e.date > '2025-12-29')));
    // What an article of 29 December could not know: the U.S. assessment, the denials
    // that followed, the later U.S. statements.
    expect(fresh).toEqual(
      expect.arrayContaining([
        'wsj-cia-assessment',
        'sybiha-no-attack-happened',
        'ukraine-dismisses-video-debris',
        'kallas-deliberate-distraction',
        'trump-dont-believe',
        'trump-dont-know',
      ]),
    );
    // …but not what it reported: the claim itself and the first reactions on the day.
    for (const id of ['lavrov-91-drones', 'trump-very-angry', 'zelensky-another-lie']) {
      expect(fresh).not.toContain(id);
    }
    expect(fresh.at(-1)).toBe(pack.timeline.at(-1)!.id);
  });

  it('does not count a range that began on or before the publication day', () => {
    const range: TimelineEntry = {
      ...pack.timeline[0]!,
      id: 'range',
      date: '2025-12-28/2025-12-30',
    };
    expect(entryIds(newSince([range], '2025-12-28'))).toEqual([]);
    expect(entryIds(newSince([range], '2025-12-29'))).toEqual([]);
    expect(entryIds(newSince([range], '2025-12-27'))).toEqual(['range']);
  });

  it('is empty for an article published on or after the last entry', () => {
    expect(pageRelevance(pack, claimOnly, pack.eventsThrough).newSince).toEqual([]);
    expect(pageRelevance(pack, claimOnly, '2026-12-31').newSince).toEqual([]);
  });

  it('has everything new for an article published before the claim', () => {
    expect(pageRelevance(pack, claimOnly, '2025-12-01').newSince).toHaveLength(
      pack.timeline.length,
    );
  });
});
