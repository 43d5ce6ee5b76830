/**
 * The card in each language and its language switch: a labelled group of radio
 * buttons named by endonyms; picking one re-renders the card in that language
 * (interface strings, story text when the pack has it, dates through Intl) for
 * this page only; story text the pack lacks shows in English, marked lang="en".
 */
import { cleanup, fireEvent, render, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardRoot } from '../../../components/CardRoot';
import { createCardController, type CardDeps } from '../../../entrypoints/card/controller';
import { formatAsOf } from '../../../lib/format';
import { createTranslator, UI_LANGS, type UiLang } from '../../../lib/i18n';
import type { PageResult } from '../../../lib/page-slot';
import { defaultSettings } from '../../../lib/settings/definitions';
import { packLanguages } from '../../../lib/card/card-lang';
import { withoutLangs } from '../story/pack-fixture';
import { fakeResult, fetchKitFor, flush } from './card-deps';
import { cardProps, pack } from './card-props';

afterEach(cleanup);

const languages = (onChange = vi.fn(), full: readonly UiLang[] = packLanguages(pack)) => ({
  options: UI_LANGS,
  full,
  onChange,
});
const inLang = (lang: UiLang, onChange = vi.fn()) =>
  cardProps({ lang, t: createTranslator(lang), languages: languages(onChange) });
/** The pack before its German and French texts were written. */
const noDeFr = withoutLangs(pack, ['de', 'fr']);

describe('the language switch', () => {
  it('is a labelled group of five radios named in their own languages', () => {
    const view = render(<CardRoot {...inLang('en')} />);
    const group = view.getByRole('group', { name: 'Card language' });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((r) => r.getAttribute('aria-label'))).toEqual([
      'English',
      'Українська',
      'Русский',
      'Deutsch',
      'Français',
    ]);
    expect(radios.map((r) => r.closest('label')!.getAttribute('lang'))).toEqual([...UI_LANGS]);
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual([
      'EN',
      'УКР',
      'РУС',
      'DE',
      'FR',
    ]);
    expect(within(group).getByRole('radio', { checked: true }).getAttribute('value')).toBe('en');
  });

  it('reports the picked language', () => {
    const onChange = vi.fn();
    const view = render(<CardRoot {...inLang('en', onChange)} />);
    fireEvent.click(view.getByRole('radio', { name: 'Русский' }));
    expect(onChange).toHaveBeenCalledWith('ru');
  });

  it('is named in the card language', () => {
    const view = render(<CardRoot {...inLang('uk')} />);
    expect(view.getByRole('group', { name: 'Мова картки' })).toBeTruthy();
  });
});

describe('the card in each language', () => {
  it('has the story text in all five languages', () => {
    expect(packLanguages(pack)).toEqual([...UI_LANGS]);
  });

  it.each(['uk', 'ru', 'de', 'fr'] as const)(
    '%s: interface and story text in that language',
    (lang) => {
      const t = createTranslator(lang);
      const view = render(<CardRoot {...inLang(lang)} />);
      const card = view.getByRole('complementary');
      expect(card.getAttribute('lang')).toBe(lang);
      expect(card.getAttribute('aria-label')).toBe(t('card.label', { title: pack.title[lang]! }));
      const title = view.getByRole('heading', { level: 2 });
      expect(title.textContent).toBe(pack.title[lang]);
      expect(title.querySelector('[lang]')).toBeNull();
      expect(view.container.querySelector('.fl-status')?.textContent).toBe(
        `${t('story.status')}${pack.status[lang]}`,
      );
      expect(
        view.getByText(t('story.eventsThrough', { date: formatAsOf(pack.eventsThrough, lang) })),
      ).toBeTruthy();
      expect(
        view.getByText(t('story.reviewed', { date: formatAsOf(pack.reviewed, lang) })),
      ).toBeTruthy();
      const glance = view.container.querySelector('.fl-glance')!;
      const eu = pack.positions.find((p) => p.party === 'eu' && p.question === 'targeting')!;
      expect(glance.querySelector('[data-party="eu"] .fl-glance__short')?.textContent).toBe(
        eu.steps.at(-1)!.short[lang],
      );
      // No story text falls back to English (the switch names English in English, apart).
      expect(view.container.querySelector('.fl-card__scroll [lang="en"]')).toBeNull();
      expect(view.getByRole('button', { name: t('card.expand') })).toBeTruthy();
      expect(view.queryByText(t('card.textInEnglish'))).toBeNull();
    },
  );

  it.each(['de', 'fr'] as const)(
    '%s, a pack without that language: interface in it, story text in English marked lang="en"',
    (lang) => {
      const t = createTranslator(lang);
      const view = render(
        <CardRoot
          {...cardProps({
            pack: noDeFr,
            lang,
            t,
            languages: languages(vi.fn(), packLanguages(noDeFr)),
          })}
        />,
      );
      expect(view.getByRole('complementary').getAttribute('lang')).toBe(lang);
      const title = view.getByRole('heading', { level: 2 });
      expect(title.querySelector('[lang="en"]')?.textContent).toBe(pack.title.en);
      expect(view.getByText(t('card.textInEnglish'))).toBeTruthy();
      expect(
        view.getByText(t('story.eventsThrough', { date: formatAsOf(pack.eventsThrough, lang) })),
      ).toBeTruthy();
      expect(view.getByRole('button', { name: t('card.expand') })).toBeTruthy();
    },
  );

  it('formats dates with Intl for the card language', () => {
    const date = (lang: UiLang) => formatAsOf(pack.eventsThrough, lang);
    expect(pack.eventsThrough).toBe('2026-02-15');
    expect([date('en'), date('uk'), date('ru'), date('de'), date('fr')]).toEqual([
      '15 February 2026',
      '15 лютого 2026 р.',
      '15 февраля 2026 г.',
      '15. Februar 2026',
      '15 février 2026',
    ]);
  });
});

describe('the controller keeps the pick for the page', () => {
  const URL_A = 'https://news.example.com/a';
  const result = (url: string, lang = 'ru'): PageResult =>
    fakeResult(url, { story: pack.id, strength: 'primary', score: 10, passages: [], lang });
  let current: PageResult;
  let rendered: Parameters<CardDeps['render']>[0];
  let deps: CardDeps;

  beforeEach(() => {
    current = result(URL_A);
    deps = {
      result: () => current,
      browserLangs: () => ['en-GB'],
      fetchKit: fetchKitFor(pack, defaultSettings),
      measure: () => ({
        viewport: { width: 1280, height: 800 },
        column: { left: 160, right: 800 },
      }),
      ranges: () => [],
      render: (props) => (rendered = props),
      highlight: vi.fn(),
      scrollTo: vi.fn(),
      sendVisibility: vi.fn(),
      disableSite: vi.fn(),
      restoreFocus: vi.fn(),
    };
  });

  it('starts in the page language, switches on a pick, and forgets it on another page', async () => {
    const c = createCardController(deps);
    c.injected();
    await flush();
    expect(rendered?.lang).toBe('ru');
    rendered!.languages!.onChange('de');
    await flush();
    expect(rendered?.lang).toBe('de');
    c.update(); // a re-check of the same page keeps the pick
    expect(rendered?.lang).toBe('de');
    current = result('https://news.example.com/b', 'en');
    c.update();
    await flush();
    expect(rendered?.lang).toBe('en');
  });

  it('gives a German page the German card, with every language full', async () => {
    current = result(URL_A, 'de');
    const c = createCardController(deps);
    c.injected();
    await flush();
    expect(rendered?.lang).toBe('de');
    expect(rendered?.languages?.full).toEqual([...UI_LANGS]);
  });
});
