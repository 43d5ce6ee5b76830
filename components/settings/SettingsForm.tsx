import { useId } from 'preact/hooks';
import type { UiLang } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/definitions';
import type { I18nProps } from '../types';
import { DisplayField } from './DisplayField';
import { LanguageField } from './LanguageField';
import { Legend } from './Legend';
import { PrivacyNote } from './PrivacyNote';
import { RunModeField } from './RunModeField';
import { SiteListEditor } from './SiteListEditor';
import { SwitchField } from './SwitchField';
import type { UpdateSetting } from './use-settings';

export interface SettingsFormProps extends I18nProps {
  settings: Settings;
  onChange: UpdateSetting;
  /** The language "follow the browser" gives now. */
  browserLang: UiLang;
}

/**
 * Every setting, as a form that saves on change (the options page; the popup has
 * QuickSettings). Props in, changes out; no storage here.
 */
export function SettingsForm(props: SettingsFormProps) {
  const { settings: s, onChange, t } = props;
  const id = useId();
  return (
    <div class="fl-settings">
      <RunModeField
        value={s.runMode}
        allowedSites={s.allowedSites}
        onChange={(v) => onChange('runMode', v)}
        onAllowedSitesChange={(v) => onChange('allowedSites', v)}
        compact={false}
        t={t}
      />
      <fieldset class="fl-set-group" aria-describedby={`${id}-off`}>
        <Legend level={2}>{t('settings.disabled.legend')}</Legend>
        <p class="fl-set-hint" id={`${id}-off`}>
          {t('settings.disabled.hint')}
        </p>
        <SiteListEditor
          label={t('settings.disabled.legend')}
          sites={s.disabledSites}
          empty={t('settings.disabled.empty')}
          onChange={(v) => onChange('disabledSites', v)}
          t={t}
        />
      </fieldset>
      <DisplayField
        value={s.display}
        onChange={(v) => onChange('display', v)}
        compact={false}
        t={t}
      />
      <fieldset class="fl-set-group">
        <Legend level={2}>{t('settings.highlights.legend')}</Legend>
        <SwitchField
          label={t('settings.highlights.label')}
          hint={t('settings.highlights.hint')}
          checked={s.highlights}
          onChange={(v) => onChange('highlights', v)}
        />
      </fieldset>
      <LanguageField
        value={s.uiLang}
        browserLang={props.browserLang}
        onChange={(v) => onChange('uiLang', v)}
        t={t}
      />
      <PrivacyNote t={t} />
    </div>
  );
}
