import type { StoryContent, TimelineEntry as Entry } from '../data/schema';
import { findParty } from '../lib/story/lookup';
import { AttributionLine } from './AttributionLine';
import { DateText } from './DateText';
import { EvidenceChip } from './EvidenceChip';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

export interface TimelineEntryProps extends I18nProps {
  pack: StoryContent;
  entry: Entry;
  /** A short label shown beside the date, e.g. "New since this article". */
  mark?: string;
}

/** One dated development: date, party, evidence type, what was said or done, who said it. */
export function TimelineEntry({ pack, entry, mark, lang, t }: TimelineEntryProps) {
  const party = findParty(pack, entry.party);
  return (
    <li class={mark ? 'fl-tl-entry fl-tl-entry--marked' : 'fl-tl-entry'} data-entry={entry.id}>
      <div class="fl-tl-entry__meta">
        <DateText class="fl-tl-entry__date" value={entry.date} lang={lang} />
        {party && (
          <span class="fl-tl-entry__party">
            <LocalText text={party.name} lang={lang} />
          </span>
        )}
        <EvidenceChip type={entry.evidence} t={t} />
        {mark && <span class="fl-mark">{mark}</span>}
      </div>
      <p class="fl-tl-entry__text">
        <LocalText text={entry.text} lang={lang} />
      </p>
      <AttributionLine pack={pack} attribution={entry.attribution} lang={lang} t={t} />
    </li>
  );
}
