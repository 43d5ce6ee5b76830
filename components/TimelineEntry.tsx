import type { StoryContent, TimelineEntry as Entry } from '../data/schema';
import { findParty } from '../lib/story/lookup';
import { AttributionLine } from './AttributionLine';
import { DateText } from './DateText';
import { KindChip } from './KindChip';
import { LocalText } from './LocalText';
import { Sep } from './Sep';
import type { I18nProps } from './types';

export interface TimelineEntryProps extends I18nProps {
  pack: StoryContent;
  entry: Entry;
  /** A short label shown beside the date, e.g. "New since this article". */
  mark?: string;
}

/**
 * One dated development: date, party, what kind of statement, what was said or done,
 * who said it and the sources. Focusable, so a position step can lead here.
 */
export function TimelineEntry({ pack, entry, mark, lang, t }: TimelineEntryProps) {
  const party = findParty(pack, entry.party);
  return (
    <li
      class={mark ? 'fl-tl-entry fl-tl-entry--marked' : 'fl-tl-entry'}
      data-entry={entry.id}
      tabIndex={-1}
    >
      <div class="fl-tl-entry__meta">
        <DateText class="fl-tl-entry__date" value={entry.date} lang={lang} />
        {party && (
          <>
            <Sep />
            <span class="fl-tl-entry__party">
              <LocalText text={party.name} lang={lang} />
            </span>
          </>
        )}
        <Sep />
        <KindChip kind={entry.kind} t={t} />
        {mark && (
          <>
            <Sep />
            <span class="fl-mark">{mark}</span>
          </>
        )}
      </div>
      <p class="fl-tl-entry__text">
        <LocalText text={entry.text} lang={lang} />
      </p>
      {entry.dateNote && (
        <p class="fl-tl-entry__note">
          <span class="fl-tl-entry__note-label">{t('timeline.dateNote')}</span>{' '}
          <LocalText text={entry.dateNote} lang={lang} />
        </p>
      )}
      <AttributionLine pack={pack} attribution={entry.attribution} lang={lang} t={t} />
    </li>
  );
}
