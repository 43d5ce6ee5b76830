import type { StoryContent, TimelineEntry } from '../data/schema';
import { findParty } from '../lib/story/lookup';
import { DateText } from './DateText';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

/** A timeline entry in one short block: date · party, then what was said (already attributed in the pack). */
export function EntryBrief({
  pack,
  entry,
  lang,
}: I18nProps & { pack: StoryContent; entry: TimelineEntry }) {
  const party = findParty(pack, entry.party);
  return (
    <li class="fl-brief" data-entry={entry.id}>
      <span class="fl-brief__meta">
        <DateText class="fl-brief__date" value={entry.date} lang={lang} />
        {party && (
          <span class="fl-brief__party">
            <span class="fl-vh"> · </span>
            <LocalText text={party.name} lang={lang} />
          </span>
        )}
        <span class="fl-vh">: </span>
      </span>
      <span class="fl-brief__text">
        <LocalText text={entry.text} lang={lang} />
      </span>
    </li>
  );
}
