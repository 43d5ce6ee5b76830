/** JSON-LD on a page: every object, in document order, and which are articles. Never throws. */
import type { TextBlock } from '../page-text';

const ARTICLE_TYPES = new Set(
  (
    'Article NewsArticle BlogPosting ReportageNewsArticle LiveBlogPosting AnalysisNewsArticle ' +
    'OpinionNewsArticle BackgroundNewsArticle ReviewNewsArticle Report SocialMediaPosting'
  ).split(' '),
);

/** JSON-LD scripts larger than this are skipped rather than parsed. */
const MAX_JSON_LD_CHARS = 300_000;
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_DEPTH = 6;

export type JsonObject = Record<string, unknown>;

/** True when the object's @type (string or array, plain or schema.org URL) is an article type. */
export function isArticle(obj: JsonObject): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^.*[/:]/, '')));
}

/** Every JSON-LD object: top level, arrays, `@graph` and `mainEntity`, in document order. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  for (const script of scripts.slice(0, MAX_JSON_LD_SCRIPTS)) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_JSON_LD_CHARS) collect(parseLoosely(text), 0, out);
  }
  return out;
}

/**
 * The JSON-LD article's headline and body (or description) as blocks, for pages
 * whose HTML holds no rendered text (app shells saved before scripts ran).
 */
export function jsonLdArticleBlocks(doc: Document, maxChars: number): TextBlock[] {
  const article = jsonLdObjects(doc).find(isArticle);
  if (!article) return [];
  const clean = (v: unknown): string =>
    typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '';
  const blocks: TextBlock[] = [];
  const headline = clean(article.headline);
  if (headline) blocks.push({ text: headline, kind: 'headline' });
  const body = [article.articleBody, article.description].find((v) => typeof v === 'string');
  for (const line of String(body ?? '')
    .slice(0, maxChars)
    .split(/\n/)) {
    const text = clean(line);
    if (text) blocks.push({ text, kind: 'main' });
  }
  return blocks;
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

function collect(value: unknown, depth: number, out: JsonObject[]): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth + 1, out);
    return;
  }
  const obj = value as JsonObject;
  out.push(obj);
  collect(obj['@graph'], depth + 1, out);
  collect(obj.mainEntity, depth + 1, out);
}
