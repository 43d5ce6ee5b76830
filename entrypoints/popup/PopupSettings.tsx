import { QuickSettings, type QuickSettingsProps } from '../../components/settings/QuickSettings';
import { settingsSummary } from '../../lib/settings/summary';
import { ChevronIcon } from '../../components/card-icons';

/**
 * The popup's settings: one collapsed line (what is set now) that opens onto the
 * most used controls. It sits between "On this page" and the story because the
 * story is long and the popup stops at 600 px: below it, the section would be
 * out of sight; here it costs one line, next to the page it acts on.
 */
export function PopupSettings(props: QuickSettingsProps) {
  const { settings, t } = props;
  return (
    <details class="fl-pset">
      <summary class="fl-pset__summary">
        <span class="fl-pset__title">{t('settings.heading')}</span>
        <span class="fl-pset__line">{settingsSummary(settings, t)}</span>
        <ChevronIcon class="fl-pset__chevron" />
      </summary>
      <div class="fl-pset__body">
        <QuickSettings {...props} />
      </div>
    </details>
  );
}
