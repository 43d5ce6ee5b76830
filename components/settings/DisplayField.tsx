import type { Translate } from '../../lib/i18n';
import type { DISPLAY_MODES } from '../../lib/settings/definitions';
import { ChoiceGroup } from './ChoiceGroup';
import { DisplayPicture } from './DisplayPicture';

type Display = (typeof DISPLAY_MODES)[number];

export interface DisplayFieldProps {
  value: Display;
  onChange(value: Display): void;
  compact: boolean;
  t: Translate;
}

const MODES = [
  ['card', 'settings.display.card', 'settings.display.cardHint'],
  ['pill', 'settings.display.pill', 'settings.display.pillHint'],
  ['badge', 'settings.display.badge', 'settings.display.badgeHint'],
] as const;

/** "What appears" on a page about the story: card, pill only, or badge only. */
export function DisplayField({ value, onChange, compact, t }: DisplayFieldProps) {
  return (
    <ChoiceGroup
      legend={t('settings.display.legend')}
      level={compact ? null : 2}
      hint={compact ? undefined : t('settings.display.hint')}
      value={value}
      choices={MODES.map(([mode, label, hint]) => ({
        value: mode,
        label: t(label),
        ...(compact ? {} : { hint: t(hint), picture: <DisplayPicture mode={mode} /> }),
      }))}
      onChange={onChange}
      layout={compact ? 'segmented' : 'tiles'}
    />
  );
}
