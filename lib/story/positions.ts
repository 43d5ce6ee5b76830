/** Position histories as data: questions × principal parties, in a chosen order. Pure. */
import type { Party, Position, Question, StoryContent } from '../../data/schema';
import { orderBy } from './order';

export interface PositionRow {
  party: Party;
  /** Undefined only for an unvalidated pack; validated packs cover every principal party. */
  position: Position | undefined;
}

export interface QuestionPositions {
  question: Question;
  rows: PositionRow[];
}

export interface PositionGridOptions {
  /** Question ids to show, in this order (default: every question, pack order). */
  questions?: readonly string[];
  /** Party ids to show, in this order (default: the principal parties, pack order). */
  parties?: readonly string[];
}

/** The principal parties: those with a position history on every question. */
export function principalParties(pack: StoryContent): Party[] {
  return pack.parties.filter((p) => p.principal);
}

/** Groups the pack's positions by question, one row per principal party. */
export function positionGrid(
  pack: StoryContent,
  options: PositionGridOptions = {},
): QuestionPositions[] {
  const questions = options.questions
    ? orderBy(pack.questions, options.questions, (q) => q.id, false)
    : pack.questions;
  const principal = principalParties(pack);
  const parties = options.parties
    ? orderBy(principal, options.parties, (p) => p.id, false)
    : principal;
  return questions.map((question) => ({
    question,
    rows: parties.map((party) => ({
      party,
      position: pack.positions.find((p) => p.question === question.id && p.party === party.id),
    })),
  }));
}

/** How many times a trail's stance changed from one step to the next. */
export function stanceChanges(position: Position): number {
  let changes = 0;
  for (let i = 1; i < position.steps.length; i++) {
    if (position.steps[i]!.stance !== position.steps[i - 1]!.stance) changes++;
  }
  return changes;
}
