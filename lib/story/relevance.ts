/**
 * How a story pack relates to one page: which topics the page's passages touch,
 * which positions and developments it leaves out, and which timeline entries are
 * dated after the page was published. Pure: the card and tests pass plain data.
 */
import type { Question, StoryContent, TimelineEntry, Topic } from '../../data/schema';
import { isIsoDate, splitDateOrRange } from '../iso-date';

/** What relevance needs from a detected passage (lib/detect Passage or a message summary). */
export interface PassageTopics {
  /** Topic ids of the pack (the detector calls them questions). */
  questions: readonly string[];
}

export interface TopicRelevance {
  topic: Topic;
  /** The contested question with this id, when the topic is one (it has a positions table). */
  question: Question | undefined;
  /** Indices of the passages that touch this topic, in page order. */
  passages: number[];
  /**
   * Timeline entries carrying this topic, in date order. Under "not mentioned",
   * each entry is listed once: under the first left-out topic (pack order) carrying it.
   */
  entries: TimelineEntry[];
}

export interface PageRelevance {
  /** Topics the page's passages touch, in the order the page first mentions them. */
  mentioned: TopicRelevance[];
  /** Topics no passage touches, in pack order. */
  notMentioned: TopicRelevance[];
  /** Every question id, those the page mentions first (page order), then the rest (pack order). */
  questionOrder: string[];
  /** Ids of questions the page mentions. */
  mentionedQuestions: ReadonlySet<string>;
  /** The page's publication date when it states a real one (YYYY-MM-DD), else null. */
  published: string | null;
  /** Entries that start after `published`; null when there is no publication date. */
  newSince: TimelineEntry[] | null;
}

/**
 * Relates a pack to a page's passages and publication date (YYYY-MM-DD). A range
 * entry counts as new only when it starts after the publication day: a story that
 * was still unfolding when the article appeared is not news to it.
 */
export function pageRelevance(
  pack: StoryContent,
  passages: readonly PassageTopics[],
  published?: string,
): PageRelevance {
  const known = new Set(pack.topics.map((t) => t.id));
  const byTopic = new Map<string, number[]>();
  passages.forEach((p, i) => {
    for (const id of new Set(p.questions)) {
      if (!known.has(id)) continue; // a topic from another pack version: ignore, never crash
      const list = byTopic.get(id) ?? [];
      list.push(i);
      byTopic.set(id, list);
    }
  });

  const relevanceOf = (topic: Topic, entries: TimelineEntry[]): TopicRelevance => ({
    topic,
    question: pack.questions.find((q) => q.id === topic.id),
    passages: byTopic.get(topic.id) ?? [],
    entries,
  });
  const carrying = (id: string) => pack.timeline.filter((e) => e.topics.includes(id));

  const mentioned = pack.topics
    .filter((t) => byTopic.has(t.id))
    .sort((a, b) => byTopic.get(a.id)![0]! - byTopic.get(b.id)![0]!)
    .map((t) => relevanceOf(t, carrying(t.id)));

  const listed = new Set<string>();
  const notMentioned = pack.topics
    .filter((t) => !byTopic.has(t.id))
    .map((t) => {
      const entries = carrying(t.id).filter((e) => !listed.has(e.id));
      entries.forEach((e) => listed.add(e.id));
      return relevanceOf(t, entries);
    });

  const mentionedQuestions = new Set(mentioned.filter((m) => m.question).map((m) => m.topic.id));
  const questionOrder = [
    ...mentioned.filter((m) => m.question).map((m) => m.topic.id),
    ...pack.questions.map((q) => q.id).filter((id) => !mentionedQuestions.has(id)),
  ];

  const date = published !== undefined && isIsoDate(published) ? published : null;
  return {
    mentioned,
    notMentioned,
    questionOrder,
    mentionedQuestions,
    published: date,
    newSince: date ? newSince(pack.timeline, date) : null,
  };
}

/** Timeline entries whose (start) date is after `published` (YYYY-MM-DD). */
export function newSince(entries: readonly TimelineEntry[], published: string): TimelineEntry[] {
  return entries.filter((e) => splitDateOrRange(e.date).start > published);
}
