import type { Settings } from '../../lib/settings/definitions';
import { addSite, inSiteList } from '../../lib/settings/sites';
import type { I18nProps } from '../types';
import { DisplayField } from './DisplayField';
import { RunModeField } from './RunModeField';
import { SwitchField } from './SwitchField';
import type { UpdateSetting } from './use-settings';

export interface QuickSettingsProps extends I18nProps {
  settings: Settings;
  onChange: UpdateSetting;
  /** The active tab's site, for the "Factline on this site" switch (null: not a web page). */
  site: string | null;
  /** The reader switched Factline on or off for `site`. */
  onSiteChange?(on: boolean): void;
  /** Opens the full options page. */
  onOpenOptions?(): void;
}

/**
 * The popup's settings: run mode, what appears, highlights, this site on or off,
 * and the way to the full page. Site lists are edited on the options page; here
 * the reader can only add the current site when running on listed sites.
 */
export function QuickSettings(props: QuickSettingsProps) {
  const { settings: s, onChange, t, site, onSiteChange, onOpenOptions } = props;
  const listed = site ? inSiteList(site, s.allowedSites) : false;
  return (
    <div class="fl-settings fl-settings--compact">
      <RunModeField
        value={s.runMode}
        allowedSites={s.allowedSites}
        onChange={(v) => onChange('runMode', v)}
        onAllowedSitesChange={(v) => onChange('allowedSites', v)}
        compact
        t={t}
      />
      {s.runMode === 'listed' && site && (
        <div class="fl-qs__listed">
          {listed ? (
            <p class="fl-set-hint">{t('popup.settings.siteListed', { site })}</p>
          ) : (
            <button
              type="button"
              class="fl-btn fl-set-btn"
              onClick={() => onChange('allowedSites', addSite(s.allowedSites, site))}
            >
              {t('popup.settings.listThisSite', { site })}
            </button>
          )}
        </div>
      )}
      <DisplayField value={s.display} onChange={(v) => onChange('display', v)} compact t={t} />
      <div class="fl-qs__switches">
        <SwitchField
          label={t('settings.highlights.label')}
          checked={s.highlights}
          onChange={(v) => onChange('highlights', v)}
        />
        {site && onSiteChange && (
          <SwitchField
            label={t('popup.settings.thisSite', { site })}
            checked={!inSiteList(site, s.disabledSites)}
            onChange={onSiteChange}
          />
        )}
      </div>
      {onOpenOptions && (
        <button type="button" class="fl-btn fl-set-btn fl-qs__all" onClick={onOpenOptions}>
          {t('settings.allSettings')}
        </button>
      )}
    </div>
  );
}
