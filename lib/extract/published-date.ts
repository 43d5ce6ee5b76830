/**
 * The page's publication date as YYYY-MM-DD: JSON-LD `datePublished` first,
 * then the usual meta tags, then the first `<time datetime>` in the article.
 */
import { isoDate, realDate } from '../iso-date';
import { isArticle, jsonLdObjects } from './json-ld';

const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  '[itemprop="datePublished"][datetime]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
];

const TIME_IN_ARTICLE =
  'article time[datetime], main time[datetime], [role="main"] time[datetime], [itemprop="articleBody"] time[datetime]';

/** The date as written (the publisher's local date, no time-zone shift), or undefined when it is not a real date. */
export function toIsoDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(value);
  if (!m) return undefined;
  const parts = realDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return parts ? isoDate(...parts) : undefined;
}

/** Reads the publication date from JSON-LD, meta tags or the article's first `<time>`. */
export function readPublished(doc: Document): string | undefined {
  const fromJsonLd = readJsonLd(doc);
  if (fromJsonLd) return fromJsonLd;
  // In order of trust, not document order.
  for (const selector of META_SELECTORS) {
    const el = doc.querySelector(selector);
    const date = toIsoDate(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
    if (date) return date;
  }
  return toIsoDate(doc.querySelector(TIME_IN_ARTICLE)?.getAttribute('datetime'));
}

/** An article's datePublished, else any object's. */
function readJsonLd(doc: Document): string | undefined {
  let fallback: string | undefined;
  for (const obj of jsonLdObjects(doc)) {
    const date = toIsoDate(obj.datePublished);
    if (date && isArticle(obj)) return date;
    fallback ??= date;
  }
  return fallback;
}
