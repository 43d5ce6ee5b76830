/** Site keys for the per-site lists: a lower-case hostname without a leading "www.". Pure. */

/** The site key for a page URL, or null for URLs Factline never runs on (non-http(s)). */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normaliseHost(parsed.hostname);
}

/** Lower-cases a hostname and drops a leading "www." and a trailing dot. */
export function normaliseHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

/** True when `key` is `site` or a subdomain of it ("news.example.com" is in "example.com"). */
export function siteMatches(key: string, site: string): boolean {
  return key === site || key.endsWith(`.${site}`);
}

/** True when the page's site is in the list. */
export function inSiteList(key: string, list: readonly string[]): boolean {
  return list.some((site) => siteMatches(key, site));
}

/** Adds a site (normalised, deduplicated, sorted). */
export function addSite(list: readonly string[], site: string): string[] {
  return [...new Set([...list, normaliseHost(site)])].filter(Boolean).sort();
}

/** Removes a site and any entry it covers exactly. */
export function removeSite(list: readonly string[], site: string): string[] {
  const key = normaliseHost(site);
  return list.filter((s) => s !== key);
}

/** Removes every entry that covers the site (itself or a parent domain): turns the site on. */
export function removeCovering(list: readonly string[], site: string): string[] {
  const key = normaliseHost(site);
  return list.filter((s) => !siteMatches(key, s));
}
