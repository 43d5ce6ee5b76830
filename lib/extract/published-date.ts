/**
 * The page's publication date as YYYY-MM-DD: JSON-LD `datePublished` first,
 * then the usual meta tags, then the first `<time datetime>` in the article.
 */

const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'BlogPosting',
  'ReportageNewsArticle',
  'LiveBlogPosting',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'Report',
  'SocialMediaPosting',
]);

/** JSON-LD scripts larger than this are skipped rather than parsed. */
const MAX_JSON_LD_CHARS = 300_000;
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_DEPTH = 6;

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
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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

function readJsonLd(doc: Document): string | undefined {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  let fallback: string | undefined;
  for (const script of scripts.slice(0, MAX_JSON_LD_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    const found = {
      article: undefined as string | undefined,
      any: undefined as string | undefined,
    };
    visit(parseLoosely(text), 0, found);
    if (found.article) return found.article;
    fallback ??= found.any;
  }
  return fallback;
}

/** JSON.parse that tolerates the HTML comment / CDATA wrappers some CMSs add; never throws. */
function parseLoosely(text: string): unknown {
  const body = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '');
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function visit(value: unknown, depth: number, found: { article?: string; any?: string }): void {
  if (depth > MAX_DEPTH || found.article || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) visit(item, depth + 1, found);
    return;
  }
  const obj = value as Record<string, unknown>;
  const date = toIsoDate(obj.datePublished);
  if (date) {
    const type = obj['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^.*[/:]/, '')))) {
      found.article = date;
      return;
    }
    found.any ??= date;
  }
  visit(obj['@graph'], depth + 1, found);
  visit(obj.mainEntity, depth + 1, found);
}
