import type { Translate } from '../../lib/i18n';
import type { RUN_MODES } from '../../lib/settings/definitions';
import { ChoiceGroup } from './ChoiceGroup';
import { SiteListEditor } from './SiteListEditor';

type RunMode = (typeof RUN_MODES)[number];

export interface RunModeFieldProps {
  value: RunMode;
  allowedSites: readonly string[];
  onChange(value: RunMode): void;
  onAllowedSitesChange(sites: string[]): void;
  compact: boolean;
  t: Translate;
}

/**
 * "Where Factline runs". On the options page the "only on sites I list" option
 * opens the editable list; the popup's compact bar leaves the list to the page.
 */
export function RunModeField(props: RunModeFieldProps) {
  const { value, allowedSites, onChange, onAllowedSitesChange, compact, t } = props;
  const list = (
    <SiteListEditor
      label={t('settings.allowed.label')}
      sites={allowedSites}
      empty={t('settings.allowed.empty')}
      onChange={onAllowedSitesChange}
      t={t}
    />
  );
  const choices = compact
    ? [
        { value: 'auto' as const, label: t('settings.runMode.autoShort') },
        { value: 'listed' as const, label: t('settings.runMode.listedShort') },
        { value: 'manual' as const, label: t('settings.runMode.manualShort') },
      ]
    : [
        {
          value: 'auto' as const,
          label: t('settings.runMode.auto'),
          hint: t('settings.runMode.autoHint'),
        },
        {
          value: 'listed' as const,
          label: t('settings.runMode.listed'),
          hint: t('settings.runMode.listedHint'),
          more: list,
        },
        {
          value: 'manual' as const,
          label: t('settings.runMode.manual'),
          hint: t('settings.runMode.manualHint'),
        },
      ];
  return (
    <ChoiceGroup
      legend={t('settings.runMode.legend')}
      level={compact ? null : 2}
      hint={t('settings.appliesNext')}
      value={value}
      choices={choices}
      onChange={onChange}
      layout={compact ? 'segmented' : 'rows'}
    />
  );
}
