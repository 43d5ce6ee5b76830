import { describe, expect, it } from 'vitest';
import { newSince, pageRelevance } from '../../../lib/story/relevance';
import { novgorodPack } from '../story/pack-fixture';

const pack = novgorodPack();
const ids = (list: { topic: { id: string } }[]) => list.map((m) => m.topic.id);

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
  it("finds what a page with Russia's claim leaves out: the U.S. assessment, Kyiv's and the EU's dismissals", () => {
    const r = pageRelevance(pack, claimOnly);
    expect(ids(r.notMentioned)).toEqual(['us-assessment', 'ukraine-dismissal', 'eu-dismissal']);
    expect(r.notMentioned.map((m) => m.entries.map((e) => e.id))).toEqual([
      ['us-assessment'],
      ['ukraine-denies'],
      ['eu-dismisses'],
    ]);
  });

  it('lists each left-out development once, under the first left-out topic carrying it', () => {
    const r = pageRelevance(pack, [{ questions: ['targeting'] }]);
    const listed = r.notMentioned.flatMap((m) => m.entries.map((e) => e.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(r.notMentioned.find((m) => m.topic.id === 'scale')!.entries.map((e) => e.id)).toEqual([
      'russia-91-drones',
    ]);
    // The 91-drone claim also carries "evidence"; it is not listed twice.
    expect(r.notMentioned.find((m) => m.topic.id === 'evidence')!.entries.map((e) => e.id)).toEqual(
      ['russia-releases-video', 'ukraine-denies'],
    );
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
  });

  it('lists entries that start after the publication day', () => {
    const r = pageRelevance(pack, claimOnly, '2025-12-29');
    expect(r.published).toBe('2025-12-29');
    expect(r.newSince!.map((e) => e.id)).toEqual([
      'russia-releases-video',
      'russia-91-drones',
      'us-assessment',
      'ukraine-denies',
      'eu-dismisses',
    ]);
  });

  it('does not count a range that began on or before the publication day', () => {
    expect(newSince(pack.timeline, '2025-12-28').map((e) => e.id)).not.toContain(
      'russia-alleges-attack',
    );
    expect(newSince(pack.timeline, '2025-12-27').map((e) => e.id)).toContain(
      'russia-alleges-attack',
    );
  });

  it('is empty for an article published after the last entry', () => {
    expect(pageRelevance(pack, claimOnly, '2026-01-02').newSince).toEqual([]);
  });
});
