/** Story views shared by the popup and the in-page card. Props in, callbacks out; no browser APIs. */
export { StorySummary, type StorySummaryProps } from './StorySummary';
export { StoryHeader, type StoryHeaderProps } from './StoryHeader';
export { Timeline, type TimelineProps } from './Timeline';
export { TimelineEntry, type TimelineEntryProps } from './TimelineEntry';
export { PositionHistory, type PositionHistoryProps } from './PositionHistory';
export { OtherVoices } from './OtherVoices';
export { NoteList } from './NoteList';
export { SourceList } from './SourceList';
export { Section } from './Section';
export { StancePill } from './StancePill';
export { KindChip } from './KindChip';
export { AttributionLine } from './AttributionLine';
export { DateText } from './DateText';
export { LocalText } from './LocalText';
export { Heading } from './Heading';
export type { I18nProps, HeadingLevel } from './types';
