/** Pure helpers over a validated story pack. */
export { localize, pickText } from './text';
export { findEntry, findParty, findSource, sourcesOf } from './lookup';
export {
  positionGrid,
  principalParties,
  stanceChanges,
  type PositionGridOptions,
  type PositionRow,
  type QuestionPositions,
} from './positions';
export { orderBy } from './order';
export { storyCounts, type StoryCounts } from './counts';
