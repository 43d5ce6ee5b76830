import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../lib/extract';

const kinds = (html: string): [string, string][] =>
  extractPageText(new DOMParser().parseFromString(html, 'text/html')).page.blocks.map((b) => [
    b.text,
    b.kind,
  ]);

describe('block kinds', () => {
  it('takes a heading that repeats the title as the headline when there is no h1', () => {
    const html =
      '<head><meta property="og:title" content="Kyiv denies the residence claim"></head>' +
      '<body><div class="item"><h2>Kyiv denies the residence claim</h2><p>Short item.</p></div>' +
      '<h2>Other news</h2></body>';
    expect(kinds(html)).toEqual([
      ['Kyiv denies the residence claim', 'headline'],
      ['Short item.', 'other'],
      ['Other news', 'other'],
    ]);
  });

  it('finds a short main column of dense (CJK) text on a page without landmarks', () => {
    const para =
      '乌克兰总统表示，俄罗斯关于无人机袭击诺夫哥罗德州官邸的说法完全是捏造。莫斯科意在为进一步打击制造借口，并破坏正在进行的和谈。';
    const html = `<div class="links"><a>首页</a><a>国际</a></div><div class="col"><p>${para}</p><p>${para}</p></div>`;
    expect(kinds(html)).toContainEqual([para, 'main']);
    expect(kinds(html)).toContainEqual(['首页国际', 'other']);
  });

  it('lets an article-body class beat a chrome-looking layout wrapper', () => {
    const html =
      '<div class="layout-with-sidebar"><div class="entry-content"><p>Story text.</p></div>' +
      '<div class="widget">Sidebar box</div></div>';
    expect(kinds(html)).toEqual([
      ['Story text.', 'main'],
      ['Sidebar box', 'chrome'],
    ]);
  });

  it('does not take commentary, shared or subscriber content for chrome', () => {
    const html =
      '<div class="commentary">Opinion text.</div><div class="shared-content">Shared text.</div>' +
      '<div class="subscriber-content">Paid text.</div><div class="comments-list">Reader text.</div>';
    expect(kinds(html).map(([, k]) => k)).toEqual(['other', 'other', 'other', 'chrome']);
  });

  it('turns small teaser articles in a related-links box into chrome', () => {
    const body = '<p>' + 'Long story paragraph about the claim. '.repeat(20) + '</p>';
    const html =
      `<article><h1>Story</h1>${body}</article>` +
      '<div class="related-posts"><article><h3>Teaser headline</h3></article></div>';
    const result = kinds(html);
    expect(result[0]).toEqual(['Story', 'headline']);
    expect(result).toContainEqual(['Teaser headline', 'chrome']);
  });

  it('keeps an article header with the headline, but not the page header', () => {
    const html =
      '<header><h1>Site name</h1></header><article><header><h1>Story headline</h1>' +
      '<p>By someone</p></header><p>Body.</p></article>';
    expect(kinds(html)).toEqual([
      ['Site name', 'chrome'],
      ['Story headline', 'headline'],
      ['By someone', 'main'],
      ['Body.', 'main'],
    ]);
  });
});
