/** A one-line summary of the settings, for the popup's collapsed settings section. Pure. */
import type { Translate } from '../i18n/translate';
import type { Settings } from './definitions';

const DISPLAY = {
  card: 'settings.display.card',
  pill: 'settings.display.pill',
  badge: 'settings.display.badge',
} as const;

/** E.g. "Every site · Card · Highlights on". */
export function settingsSummary(
  s: Pick<Settings, 'runMode' | 'allowedSites' | 'display' | 'highlights'>,
  t: Translate,
): string {
  const where =
    s.runMode === 'auto'
      ? t('settings.runMode.autoShort')
      : s.runMode === 'listed'
        ? t('settings.summary.listed', { count: s.allowedSites.length })
        : t('settings.runMode.manualShort');
  const what = t(DISPLAY[s.display]);
  const marks = s.highlights ? t('settings.highlights.on') : t('settings.highlights.off');
  return [where, what, marks].join(' · ');
}
