/** Page title and language, read from a handful of well-known places (no walk). */

const MAX_TITLE_CHARS = 500;
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/** og:title (the story's own headline on most news sites), else `<title>`. */
export function readTitle(doc: Document): string | undefined {
  const og =
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ??
    doc.querySelector('meta[name="twitter:title"]')?.getAttribute('content');
  const title = (og?.trim() ? og : doc.title) ?? '';
  const clean = title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE_CHARS);
  return clean || undefined;
}

/** BCP 47 tag from the nearest `lang` attribute, else Content-Language or og:locale (`ru_RU` → `ru-RU`). */
export function readLang(doc: Document, root: Document | Element): string | undefined {
  const el = root.nodeType === 1 ? (root as Element) : doc.documentElement;
  const candidates = [
    el?.closest('[lang]')?.getAttribute('lang'),
    doc
      .querySelector('meta[http-equiv="content-language"], meta[http-equiv="Content-Language"]')
      ?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    const tag = raw?.split(',')[0]?.trim().replace(/_/g, '-');
    if (tag && LANG_TAG.test(tag)) return tag;
  }
  return undefined;
}
