/** Pure helpers over a validated story pack. */
export { localize, pickText } from './text';
export { findParty, findSource, viaChain } from './lookup';
export {
  positionGrid,
  type PositionGridOptions,
  type PositionRow,
  type QuestionPositions,
} from './positions';
export { orderBy } from './order';
export { storyCounts, type StoryCounts } from './counts';
