/**
 * Where the trigger content script is registered, from the settings. Pure: the
 * background passes the result to scripting.registerContentScripts.
 */
import type { Settings } from './settings/definitions';
import { inSiteList, siteKey } from './settings/sites';

export interface DetectorRegistration {
  matches: string[];
  excludeMatches: string[];
}

const ALL = ['http://*/*', 'https://*/*'];

/** Match patterns covering a site and its subdomains. */
export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** null means: register nothing (manual mode, or "listed" with an empty list). */
export function detectorRegistration(
  s: Pick<Settings, 'runMode' | 'allowedSites' | 'disabledSites'>,
): DetectorRegistration | null {
  const excludeMatches = s.disabledSites.flatMap(sitePatterns);
  if (s.runMode === 'manual') return null;
  if (s.runMode === 'listed') {
    const allowed = s.allowedSites.filter((site) => !s.disabledSites.includes(site));
    if (allowed.length === 0) return null;
    return { matches: allowed.flatMap(sitePatterns), excludeMatches };
  }
  return { matches: ALL, excludeMatches };
}

/** True when the settings let the trigger run on this page URL (the registration covers it). */
export function registrationCovers(
  s: Pick<Settings, 'runMode' | 'allowedSites' | 'disabledSites'>,
  url: string,
): boolean {
  const key = siteKey(url);
  if (key === null || s.runMode === 'manual' || inSiteList(key, s.disabledSites)) return false;
  return s.runMode === 'auto' || inSiteList(key, s.allowedSites);
}
