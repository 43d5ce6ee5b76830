import type { StoryContent, TimelineEntry as Entry } from '../data/schema';
import { useEntryJump } from './entry-jump';
import { TimelineEntry } from './TimelineEntry';
import type { I18nProps } from './types';

export interface TimelineProps extends I18nProps {
  pack: StoryContent;
  /** Show the key developments first, with a button for all entries (the card). */
  keyFirst?: boolean;
  /** Optional label per entry, e.g. "New since this article" on the card. */
  mark?: (entry: Entry) => string | undefined;
}

/** The dated developments as an ordered list: all of them, or the key ones with a way to all. */
export function Timeline({ pack, keyFirst = false, mark, lang, t }: TimelineProps) {
  const jump = useEntryJump();
  // key entries first only where a button can show the rest (inside a jump context)
  const all = !keyFirst || !jump || jump.showAll;
  const entries = all ? pack.timeline : pack.timeline.filter((e) => e.key);
  return (
    <>
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
      {keyFirst && jump && (
        <button
          type="button"
          class="fl-btn fl-timeline__more"
          onClick={() => jump.setShowAll(!all)}
        >
          {all ? t('timeline.showKey') : t('timeline.showAll', { count: pack.timeline.length })}
        </button>
      )}
    </>
  );
}
