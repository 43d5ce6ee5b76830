/**
 * The card's model: from the page's detection, the settings, what the reader did on
 * this page, the placement and the story text at hand, everything the card shows and
 * does — which UI, which passages are marked, which language, which story text it
 * still needs, what to tell the background. Pure: the card script's shell
 * (entrypoints/card.content/controller.ts) measures, fetches and applies it.
 */
import type { StoryContent } from '../../data/schema';
import type { Strength } from '../detect/types';
import { UI_LANGS, type UiLang } from '../i18n/langs';
import type { Settings } from '../settings/definitions';
import { inSiteList, siteKey } from '../settings/sites';
import { pageRelevance, type PageRelevance } from '../story/relevance';
import { cardLanguage, type CardLanguage } from './card-lang';
import type { PageState } from './page-state';
import type { Placement } from './placement';
import { decideUi, defaultUi, highlightsWanted, type CardUi } from './visibility';

/** What the model needs to know of the page and its detection. */
export interface CardFacts {
  url: string;
  story: string | null;
  strength: Strength | null;
  /** The detection's passages (their topics), in page order. */
  passages: ReadonlyArray<{ questions: readonly string[] }>;
  /** Per passage: whether it can be shown on the page (its DOM range still maps). */
  mappable: readonly boolean[];
  /** The page's language (`<html lang>`), else the language its story terms were in. */
  pageLang?: string;
  published?: string;
}

export interface CardModelInput {
  facts: CardFacts;
  settings: Settings;
  /** The reader's state on this URL. */
  page: PageState;
  placement: Placement;
  browserLangs: readonly string[];
  /** Languages the story's text is written in; null until the background said. */
  storyLangs: readonly UiLang[] | null;
  /** The story in a language (its text in that language or English), if fetched already. */
  text(lang: UiLang): StoryContent | undefined;
  /** The story text shown last, if any: it stays while another language is on its way. */
  previous: { lang: UiLang; pack: StoryContent } | null;
}

export interface CardModel {
  ui: CardUi;
  /** What the background should believe: the card or pill is on the page. */
  visible: boolean;
  /** Indices of the passages that can be shown, in page order. */
  shown: number[];
  /** Passage indices to mark (null: no highlights), and the current one. */
  highlight: { all: number[]; current: number | null } | null;
  /** The card's language and switch (only when something is shown). */
  language: CardLanguage | null;
  /** The story text to fetch (null: it is at hand). */
  needs: UiLang | null;
  /** The story text in use, to keep as `previous`. */
  using: { lang: UiLang; pack: StoryContent } | null;
  /** What to render (null: nothing, or the story text is still on its way). */
  view: CardView | null;
}

export interface CardView {
  ui: 'pill' | 'card';
  lang: UiLang;
  pack: StoryContent;
  relevance: PageRelevance;
  placement: Placement;
  expanded: boolean;
  /** Position of the current passage among `shown`, or null. */
  current: number | null;
  /** Esc on the compact card folds it back to the pill (true) or dismisses it. */
  foldsToPill: boolean;
}

/** True when the page's site is in the reader's off list. */
export function siteIsOff(url: string, settings: Pick<Settings, 'disabledSites'>): boolean {
  const site = siteKey(url);
  return site !== null && inSiteList(site, settings.disabledSites);
}

/** What the card shows and does now. */
export function cardModel(input: CardModelInput): CardModel {
  const { facts, settings, page, placement } = input;
  const situation = {
    strength: facts.strength,
    display: settings.display,
    placement: placement.mode,
  };
  const ui = decideUi({
    ...situation,
    story: facts.story !== null,
    siteOff: siteIsOff(facts.url, settings),
    hidden: page.hidden,
    forced: page.forced,
    opened: page.opened,
  });
  const shown = facts.mappable.flatMap((ok, i) => (ok ? [i] : []));
  const current = page.current !== null && facts.mappable[page.current] ? page.current : null;
  const highlight = highlightsWanted(ui, settings.highlights, page.requested)
    ? { all: shown, current }
    : null;
  const base = { ui, visible: ui !== 'none', shown, highlight };
  if (ui === 'none') return { ...base, language: null, needs: null, using: null, view: null };

  const language = cardLanguage({
    setting: settings.uiLang,
    browserLangs: input.browserLangs,
    pageLang: facts.pageLang,
    // Until the background said which languages the story has, assume all: the
    // first fetch then asks for the language the reader most likely gets.
    packLangs: input.storyLangs ?? UI_LANGS,
    chosen: page.lang,
  });
  // The story in the card's language (its text in English where the pack lacks that language).
  const fetched = input.text(language.lang);
  const needs = fetched ? null : language.lang;
  const content = fetched ? { lang: language.lang, pack: fetched } : input.previous;
  if (!content) return { ...base, language, needs, using: null, view: null };
  const position = current === null ? -1 : shown.indexOf(current);
  return {
    ...base,
    language,
    needs,
    using: content,
    // While another language is on its way, the text at hand stays on screen.
    view: {
      ui: ui === 'card' ? 'card' : 'pill',
      lang: language.lang,
      pack: content.pack,
      relevance: pageRelevance(content.pack, facts.passages, facts.published),
      placement,
      expanded: page.expanded,
      current: position < 0 ? null : position,
      foldsToPill: defaultUi(situation) === 'pill',
    },
  };
}
