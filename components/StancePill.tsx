import type { Stance } from '../data/schema';
import type { Translate } from '../lib/i18n';

/** A party's stance as a coloured word; the word carries the meaning, not the colour. */
export function StancePill({ stance, t }: { stance: Stance | 'none'; t: Translate }) {
  return (
    <span class={`fl-pill fl-pill--${stance}`} data-stance={stance}>
      {t(`stance.${stance}`)}
    </span>
  );
}
