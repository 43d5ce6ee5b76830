import type { StoryContent, TimelineEntry as Entry } from '../data/schema';
import { TimelineEntry } from './TimelineEntry';
import type { I18nProps } from './types';

export interface TimelineProps extends I18nProps {
  pack: StoryContent;
  /** Entries to show, in this order (default: the whole timeline). */
  entries?: readonly Entry[];
  /** Optional label per entry, e.g. "New since this article" on the card. */
  mark?: (entry: Entry) => string | undefined;
}

/** The dated developments as an ordered list. */
export function Timeline({ pack, entries = pack.timeline, mark, lang, t }: TimelineProps) {
  return (
    <ol class="fl-timeline">
      {entries.map((entry) => (
        <TimelineEntry
          key={entry.id}
          pack={pack}
          entry={entry}
          mark={mark?.(entry)}
          lang={lang}
          t={t}
        />
      ))}
    </ol>
  );
}
