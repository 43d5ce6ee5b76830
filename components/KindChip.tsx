import type { EntryKind } from '../data/schema';
import type { Translate } from '../lib/i18n';

/** What a timeline entry records: an allegation, evidence presented, an assessment, a reaction… */
export function KindChip({ kind, t }: { kind: EntryKind; t: Translate }) {
  return (
    <span class={`fl-chip fl-chip--${kind}`} data-kind={kind}>
      {t(`kind.${kind}`)}
    </span>
  );
}
