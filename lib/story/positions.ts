/** The positions table as data: questions × parties, in a chosen order. Pure. */
import type { Party, Position, Question, StoryContent } from '../../data/schema';
import { orderBy } from './order';

export interface PositionRow {
  party: Party;
  /** Undefined only for an unvalidated pack; validated packs cover every cell. */
  position: Position | undefined;
}

export interface QuestionPositions {
  question: Question;
  rows: PositionRow[];
}

export interface PositionGridOptions {
  /** Question ids to show, in this order (default: every question, pack order). */
  questions?: readonly string[];
  /** Party ids to show, in this order (default: every party, pack order). */
  parties?: readonly string[];
}

/** Groups the pack's positions by question, one row per party. */
export function positionGrid(
  pack: StoryContent,
  options: PositionGridOptions = {},
): QuestionPositions[] {
  const questions = options.questions
    ? orderBy(pack.questions, options.questions, (q) => q.id, false)
    : pack.questions;
  const parties = options.parties
    ? orderBy(pack.parties, options.parties, (p) => p.id, false)
    : pack.parties;
  return questions.map((question) => ({
    question,
    rows: parties.map((party) => ({
      party,
      position: pack.positions.find((p) => p.question === question.id && p.party === party.id),
    })),
  }));
}
