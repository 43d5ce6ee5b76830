import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../lib/extract';
import type { BlockKind } from '../../../lib/page-text';
import { fixture, loadPage } from './load-page';

function extract(name: string, skipTag?: string) {
  const { page } = extractPageText(loadPage(fixture(name)), skipTag ? { skipTag } : {});
  const kindOf = (needle: string): BlockKind[] =>
    page.blocks.filter((b) => b.text.includes(needle)).map((b) => b.kind);
  return { page, kindOf };
}

describe('saved news page with landmarks (en)', () => {
  const { page, kindOf } = extract('news-article-en.html', 'factline-card');

  it('finds exactly one headline, joined across inline tags', () => {
    const headlines = page.blocks.filter((b) => b.kind === 'headline');
    expect(headlines.map((b) => b.text)).toEqual([
      "Moscow says drones targeted Putin's Novgorod residence; Kyiv calls it a fabrication",
    ]);
  });

  it('marks the article body, standfirst and caption as main', () => {
    expect(kindOf('Sergei Lavrov, said on Monday')).toEqual(['main']);
    expect(kindOf('91 drones were launched overnight')).toEqual(['main']);
    expect(kindOf('A lake in the Novgorod region')).toEqual(['main']);
    expect(kindOf('Kaja Kallas')).toEqual(['main']);
  });

  it('marks navigation, cookie banner, share bar, related lists, comments and footers as chrome', () => {
    for (const needle of [
      'We use cookies',
      'Skip to content',
      'Politics',
      'Search the site',
      'Share on social media',
      'How the Valdai Discussion Club',
      'Topics: Russia',
      'Reader one',
      'Putin residence drone claim: timeline',
      'Ukraine denies it attacked a presidential residence',
      'morning briefing',
      'All rights reserved',
    ]) {
      expect(kindOf(needle), needle).toEqual(['chrome']);
    }
  });

  it('leaves out scripts, styles, hidden, form and editable content', () => {
    const all = page.blocks.map((b) => b.text).join('\n');
    expect(all).not.toMatch(/must not appear/);
    expect(all).not.toMatch(/Accept all|Copy link|Post comment|Sign up/);
  });

  it('keeps soft hyphens and zero-width characters for the detector to normalise', () => {
    expect(kindOf('presi\u00ADdential residence')).toEqual(['main']);
    expect(kindOf('Val\u200Bdai between Moscow')).toEqual(['main']);
  });

  it('reads og:title, lang and the JSON-LD NewsArticle date (not the WebPage one)', () => {
    expect(page.title).toBe(
      "Moscow says drones targeted Putin's Novgorod residence; Kyiv calls it a fabrication",
    );
    expect(page.lang).toBe('en');
    expect(page.published).toBe('2025-12-30');
  });

  it('includes our own host element only when it is not named', () => {
    const without = extract('news-article-en.html').page.blocks.map((b) => b.text);
    expect(without).toContain('Our own card text must not appear.');
  });
});

describe('table-layout page without landmarks (ru)', () => {
  const { page, kindOf } = extract('no-landmarks-ru.html');

  it('finds the main column by its paragraph text', () => {
    expect(kindOf('Сергей Лавров в понедельник')).toEqual(['main']);
    expect(kindOf('все 91 беспилотник')).toEqual(['main']);
    expect(kindOf('вы\u00ADдумкой')).toEqual(['main']);
  });

  it('leaves side columns out of main', () => {
    for (const needle of [
      'Главная',
      'Архив',
      'В Валдае открылся',
      'Региональное информагентство',
    ]) {
      expect(kindOf(needle), needle).toEqual(['other']);
    }
  });

  it('takes the first h1 as the headline', () => {
    expect(page.blocks.filter((b) => b.kind === 'headline').map((b) => b.text)).toEqual([
      'Лавров заявил о попытке атаки беспилотников на резиденцию Путина в Новгородской области',
    ]);
  });

  it('survives invalid JSON-LD and falls back to itemprop and Content-Language', () => {
    expect(page.published).toBe('2025-12-29');
    expect(page.lang).toBe('ru');
    expect(page.title).toBe('Новости региона — Заявление МИД о беспилотниках');
  });
});

describe('main with the story and teaser cards (uk)', () => {
  const { page, kindOf } = extract('teasers-uk.html');

  it('keeps the story body main and demotes the small teaser articles', () => {
    expect(kindOf('Андрій Сибіга заявив')).toEqual(['main']);
    expect(kindOf('Кая Каллас')).toEqual(['main']);
    for (const needle of ['Удари по енергетиці', 'Фестиваль на Валдаї', 'Переговори в Маямі']) {
      expect(kindOf(needle), needle).toEqual(['other']);
    }
  });

  it('takes a page-level h1 as the headline when the article has none', () => {
    expect(kindOf('відкинули заяву Москви')).toEqual(['headline']);
  });

  it('reads the date from a JSON-LD array after an unparsable script', () => {
    expect(page.published).toBe('2025-12-31');
    expect(page.lang).toBe('uk-UA');
  });
});
