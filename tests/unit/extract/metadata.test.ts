import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../lib/extract';
import { jsonLdArticleBlocks } from '../../../lib/extract/json-ld';
import { toIsoDate } from '../../../lib/extract/published-date';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;
const published = (head: string, body = ''): string | undefined =>
  extractPageText(parse(`<html><head>${head}</head><body>${body}</body></html>`)).page.published;

describe('published date', () => {
  it.each([
    ['NewsArticle', ld('{"@type":"NewsArticle","datePublished":"2025-12-29T10:00:00+03:00"}')],
    ['@type array', ld('{"@type":["Thing","ReportageNewsArticle"],"datePublished":"2025-12-29"}')],
    [
      'LiveBlogPosting',
      ld('{"@type":"LiveBlogPosting","datePublished":"2025-12-29T23:59:00-05:00"}'),
    ],
    [
      '@graph',
      ld('{"@graph":[{"@type":"Organization"},{"@type":"Article","datePublished":"2025-12-29"}]}'),
    ],
    [
      'top-level array',
      ld('[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","datePublished":"2025/12/29"}]'),
    ],
    [
      'mainEntity',
      ld('{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2025-12-29"}}'),
    ],
    [
      'schema.org URL type',
      ld('{"@type":"https://schema.org/NewsArticle","datePublished":"2025-12-29"}'),
    ],
    [
      'CDATA wrapper',
      ld('//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2025-12-29"}\n//]]>'),
    ],
  ])('reads JSON-LD: %s', (_name, head) => {
    expect(published(head)).toBe('2025-12-29');
  });

  it('prefers an article type over another type that comes first', () => {
    const head =
      ld('{"@type":"WebPage","datePublished":"2020-01-01"}') +
      ld('{"@type":"NewsArticle","datePublished":"2025-12-29"}');
    expect(published(head)).toBe('2025-12-29');
  });

  it('uses any datePublished when no article type has one', () => {
    expect(published(ld('{"@type":"WebPage","datePublished":"2025-12-28"}'))).toBe('2025-12-28');
  });

  it('does not throw on invalid JSON-LD and falls back to meta tags in order of trust', () => {
    const head =
      ld('{ broken') +
      ld('{"@type":"NewsArticle","datePublished":"not a date"}') +
      '<meta name="date" content="2024-01-01">' +
      '<meta property="article:published_time" content="2025-12-30T06:00:00Z">';
    expect(published(head)).toBe('2025-12-30');
    expect(published('<meta itemprop="datePublished" content="2025-12-31">')).toBe('2025-12-31');
  });

  it('falls back to the first <time datetime> inside the article, not elsewhere', () => {
    const body =
      '<header><time datetime="2024-05-05">header</time></header>' +
      '<article><p>x</p><time datetime="2025-12-29T08:00">29 Dec</time></article>';
    expect(published('', body)).toBe('2025-12-29');
    expect(published('', '<div><time datetime="2025-12-29">x</time></div>')).toBeUndefined();
  });

  it('rejects dates that do not exist', () => {
    expect(toIsoDate('2025-02-30')).toBeUndefined();
    expect(toIsoDate('2025-13-01')).toBeUndefined();
    expect(toIsoDate('29.12.2025')).toBeUndefined();
    expect(toIsoDate(20251229)).toBeUndefined();
    expect(toIsoDate('2025-1-9T00:00')).toBe('2025-01-09');
  });
});

describe('title and lang', () => {
  const page = (html: string) => extractPageText(parse(html)).page;

  it('prefers og:title over <title>, collapsing whitespace', () => {
    expect(
      page(
        '<head><title>Site | Story</title><meta property="og:title" content=" The\n story "></head>',
      ).title,
    ).toBe('The story');
    expect(page('<head><title>  Site | Story </title></head>').title).toBe('Site | Story');
    expect(page('<head></head><body>x</body>').title).toBeUndefined();
  });

  it('reads <html lang>, then Content-Language, then og:locale', () => {
    expect(page('<html lang="de-AT"><body>x</body></html>').lang).toBe('de-AT');
    expect(page('<head><meta http-equiv="Content-Language" content="pl, en"></head>').lang).toBe(
      'pl',
    );
    expect(page('<head><meta property="og:locale" content="pt_BR"></head>').lang).toBe('pt-BR');
    expect(page('<html lang="not a tag!"><body>x</body></html>').lang).toBeUndefined();
  });

  it('takes the nearest lang above an Element root', () => {
    const doc = parse(
      '<html lang="en"><body><div lang="uk"><article id="a"><p>текст</p></article></div></body></html>',
    );
    expect(extractPageText(doc.getElementById('a')!).page.lang).toBe('uk');
  });
});

describe('JSON-LD article text (for app shells)', () => {
  it('gives the headline and one block per body line', () => {
    const doc = parse(
      `<head>${ld('{"@graph":[{"@type":"WebSite","headline":"no"},{"@type":"NewsArticle","headline":" Claim  disputed ","articleBody":"First line.\\n\\nSecond   line.","description":"unused"}]}')}</head>`,
    );
    expect(jsonLdArticleBlocks(doc, 1000)).toEqual([
      { text: 'Claim disputed', kind: 'headline' },
      { text: 'First line.', kind: 'main' },
      { text: 'Second line.', kind: 'main' },
    ]);
  });

  it('falls back to the description, and gives nothing without an article', () => {
    const doc = parse(`<head>${ld('{"@type":"Article","description":"Summary only."}')}</head>`);
    expect(jsonLdArticleBlocks(doc, 1000)).toEqual([{ text: 'Summary only.', kind: 'main' }]);
    expect(jsonLdArticleBlocks(parse(ld('{"@type":"WebPage","articleBody":"x"}')), 1000)).toEqual(
      [],
    );
  });
});
