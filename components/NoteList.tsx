import type { Note, StoryContent } from '../data/schema';
import { AttributionLine } from './AttributionLine';
import { LocalText } from './LocalText';
import type { I18nProps } from './types';

interface NoteListProps extends I18nProps {
  pack: StoryContent;
  notes: readonly Note[];
}

/** Attributed notes as a list: "why it matters", "what to watch". */
export function NoteList({ pack, notes, lang, t }: NoteListProps) {
  return (
    <ul class="fl-notes">
      {notes.map((note, i) => (
        <li class="fl-note" key={i}>
          <p class="fl-p">
            <LocalText text={note.text} lang={lang} />
          </p>
          <AttributionLine pack={pack} attribution={note.attribution} lang={lang} t={t} />
        </li>
      ))}
    </ul>
  );
}
