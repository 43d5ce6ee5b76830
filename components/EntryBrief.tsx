import type { StoryContent, TimelineEntry } from '../data/schema';
import { findParty } from '../lib/story/lookup';
import { pickText } from '../lib/story/text';
import { useDates } from './dates';
import { DateText } from './DateText';
import { useEntryJump } from './entry-jump';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

/**
 * A timeline entry in one short block: date · party, then what was said (already
 * attributed in the pack), and a way to the full entry with its sources.
 */
export function EntryBrief({
  pack,
  entry,
  lang,
  t,
}: I18nProps & { pack: StoryContent; entry: TimelineEntry }) {
  const party = findParty(pack, entry.party);
  const jump = useEntryJump();
  const dates = useDates(lang);
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
      {jump && (
        <button
          type="button"
          class="fl-linkbtn fl-brief__show"
          aria-label={t('voices.showEntryFor', {
            who: party ? pickText(party.name, lang) : '',
            date: dates.short(entry.date),
          })}
          onClick={() => jump.jump(entry.id)}
        >
          {t('voices.showEntry')}
        </button>
      )}
    </li>
  );
}

/**
 * Entries as briefs: the key developments among them (all of them when none is key),
 * and how many more the timeline holds.
 */
export function KeyBriefs({
  pack,
  entries,
  lang,
  t,
}: I18nProps & { pack: StoryContent; entries: readonly TimelineEntry[] }) {
  if (entries.length === 0) return null;
  const key = entries.filter((e) => e.key);
  const shown = key.length > 0 ? key : entries;
  const more = entries.length - shown.length;
  return (
    <>
      <ul class="fl-briefs">
        {shown.map((entry) => (
          <EntryBrief key={entry.id} pack={pack} entry={entry} lang={lang} t={t} />
        ))}
      </ul>
      {more > 0 && <p class="fl-rel__more">{t('relevance.more', { count: more })}</p>}
    </>
  );
}
