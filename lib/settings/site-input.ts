/**
 * What a reader types into "Add a site": a URL, a hostname, "host:port" or
 * "*.example.com". Turned into a site key, or a reason it was refused. Pure.
 */
import { inSiteList, normaliseHost, siteMatches } from './sites';

export type SiteInputError = 'empty' | 'invalid' | 'notWeb' | 'duplicate' | 'covered';

export type SiteInput = { ok: true; site: string } | { ok: false; error: SiteInputError };

/** A result of adding typed input to a list: the new list, or why not. */
export type SiteAddition =
  | { ok: true; site: string; list: string[] }
  | { ok: false; error: SiteInputError; site?: string; parent?: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** True for hostnames a match pattern can name: a dotted name with a real TLD, IPv4, localhost. */
function isSiteHost(host: string, typedHost: string): boolean {
  if (host === 'localhost') return true;
  // "http://123" parses as 0.0.0.123: accept an IPv4 address only when typed in full.
  if (IPV4.test(host)) return host === typedHost && host.split('.').every((n) => Number(n) < 256);
  if (host.length > 253) return false;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(labels.at(-1)!);
}

/** Parses typed input into a site key (lower case, punycode, no "www."). */
export function parseSiteInput(input: string): SiteInput {
  let text = input.trim();
  if (!text) return { ok: false, error: 'empty' };
  if (/\s/.test(text)) return { ok: false, error: 'invalid' };
  const scheme = SCHEME.exec(text);
  // "localhost:8080" and "example.com:443" are a host and a port, not a scheme.
  const hostAndPort = scheme && /^[^:/]+:\d+(\/|$)/.test(text);
  if (scheme && !hostAndPort) {
    const name = scheme[1]!.toLowerCase();
    if (name !== 'http' && name !== 'https') return { ok: false, error: 'notWeb' };
    if (!/^https?:\/\//i.test(text)) return { ok: false, error: 'invalid' };
  } else {
    text = `http://${text.replace(/^\*\./, '')}`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'invalid' };
  }
  const typedHost = /^https?:\/\/(?:[^@/]*@)?([^/:?#]*)/i.exec(text)?.[1]?.toLowerCase() ?? '';
  const site = normaliseHost(url.hostname);
  return isSiteHost(site, normaliseHost(typedHost))
    ? { ok: true, site }
    : { ok: false, error: 'invalid' };
}

/** Adds typed input to a site list, refusing junk and sites the list already covers. */
export function addSiteInput(list: readonly string[], input: string): SiteAddition {
  const parsed = parseSiteInput(input);
  if (!parsed.ok) return parsed;
  const { site } = parsed;
  if (list.includes(site)) return { ok: false, error: 'duplicate', site };
  if (inSiteList(site, list)) {
    const parent = list.find((s) => siteMatches(site, s))!;
    return { ok: false, error: 'covered', site, parent };
  }
  return { ok: true, site, list: [...list, site].sort() };
}
