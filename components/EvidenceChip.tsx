import type { EvidenceType } from '../data/schema';
import type { Translate } from '../lib/i18n';

/** The kind of statement a timeline entry is: allegation, evidence claim, assessment… */
export function EvidenceChip({ type, t }: { type: EvidenceType; t: Translate }) {
  return (
    <span class={`fl-chip fl-chip--${type}`} data-evidence={type}>
      {t(`evidence.${type}`)}
    </span>
  );
}
