/**
 * Passages: the sentences that carry the story's evidence, mapped back to offsets in
 * their block's original text, each with the pack topics (questions) it touches.
 */
import type { PageText } from '../page-text';
import type { DetectionRules } from './rules-schema';
import type { Items } from './patterns';
import type { Layout } from './layout';
import { blockAt, sentenceAt } from './normalize';
import type { Passage } from './types';
import { storyPatterns } from './prominence';

const MAX_PASSAGES = 24;
/** Longer "sentences" (text without punctuation) are cut around the evidence. */
const MAX_SENTENCE = 480;
const MAX_WINDOW = 5000;
const CLOSERS = /[.!?…。！？؟।"'”’»)\]]/;

interface Span {
  start: number;
  end: number;
}

/** Passages from the deciding segment; with `withTopics`, also sentences that only touch a topic. */
export function findPassages(
  rules: DetectionRules,
  items: Map<string, Items>,
  layout: Layout,
  page: PageText,
  seg: number,
  withTopics: boolean,
): Passage[] {
  const { norm } = layout;
  const spans = new Map<number, Span>(); // by sentence index
  const addSpan = (s: number, e: number) => {
    const first = sentenceAt(norm, s);
    const last = sentenceAt(norm, Math.max(s, e - 1));
    for (let k = first; k <= last && k <= first + 2; k++) {
      if (!spans.has(k)) spans.set(k, sentenceSpan(layout, k, s, e));
    }
  };
  // weight-0 claims span a page region (a dateline to the report), not a passage
  const ids = storyPatterns(rules)
    .filter((p) => p.weight !== 0)
    .map((p) => p.id);
  if (withTopics) for (const t of Object.values(rules.topics)) ids.push(...t.any);
  for (const id of ids) {
    const it = items.get(id)!;
    for (let i = 0; i < it.end.length && spans.size < MAX_PASSAGES * 4; i++) {
      if (it.seg[i] === seg) addSpan(it.start[i]!, it.end[i]!);
    }
  }
  const ordered = [...spans.values()].sort((a, b) => a.start - b.start);
  const all = ordered.map((sp) => toPassage(rules, items, layout, page, sp));
  // A pattern's window also spans the bylines, captions and buttons between its terms;
  // what the reader is shown are the sentences that touch one of the story's topics.
  const onTopic = all.filter((p) => p.questions.length > 0);
  return (onTopic.length > 0 ? onTopic : all.slice(0, 1)).slice(0, MAX_PASSAGES);
}

function sentenceSpan(layout: Layout, k: number, s: number, e: number): Span {
  const { norm } = layout;
  const start = norm.sentenceStarts[k]!;
  const next = norm.sentenceStarts[k + 1];
  const end = next === undefined ? norm.text.length : next - 1;
  if (end - start <= MAX_SENTENCE) return { start, end };
  const half = MAX_SENTENCE / 2;
  return { start: Math.max(start, s - half), end: Math.min(end, e + half) };
}

function toPassage(
  rules: DetectionRules,
  items: Map<string, Items>,
  layout: Layout,
  page: PageText,
  sp: Span,
): Passage {
  const { norm } = layout;
  const streamBlock = blockAt(norm, sp.start);
  const block = streamBlock - 1; // stream block 0 is the title
  const text = page.blocks[block]?.text ?? '';
  const start = norm.orig[sp.start]!;
  let end = norm.orig[sp.end - 1]! + 1;
  for (let k = 0; k < 3 && end < text.length && CLOSERS.test(text[end]!); k++) end++;
  const questions: string[] = [];
  for (const [topic, rule] of Object.entries(rules.topics)) {
    // a group hit may touch the sentence; a pattern instance must lie inside it (instances
    // can straddle sentences, and the topic belongs to the one that states it)
    if (rule.any.some((id) => overlaps(items.get(id)!, sp, !(id in rules.groups))))
      questions.push(topic);
  }
  return { block, start, end, text: text.slice(start, end), questions };
}

function overlaps(it: Items, sp: Span, inside: boolean): boolean {
  // items are sorted by end: binary search the first ending after sp.start
  let lo = 0;
  let hi = it.end.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (it.end[mid]! <= sp.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < it.end.length; i++) {
    if (it.start[i]! < sp.end && (!inside || (it.start[i]! >= sp.start && it.end[i]! <= sp.end))) {
      return true;
    }
    if (it.end[i]! > sp.end + MAX_WINDOW) break; // no instance is longer than a window
  }
  return false;
}
