/**
 * The card's shell: keeps the reader's state on this page and the story text fetched
 * so far, asks the pure model (lib/card/card-model.ts) what to show, and applies it —
 * render, highlights, scrolling, messages. No browser or WXT imports: the host
 * (host.ts) passes in the DOM, extension and view pieces, so tests drive this with fakes.
 */
import type { CardRootProps } from '../../components/CardRoot';
import type { StoryContent } from '../../data/schema';
import { cardModel, siteIsOff, type CardModel } from '../../lib/card/card-model';
import { freshPageState, hidePage, stepPassage, type PageState } from '../../lib/card/page-state';
import { placeCard, type Placement, type PlacementInput } from '../../lib/card/placement';
import type { CardUi } from '../../lib/card/visibility';
import type { Translate, UiLang } from '../../lib/i18n';
import type { CardMessage } from '../../lib/messages';
import type { PageResult } from '../../lib/page-slot';
import type { Settings } from '../../lib/settings/definitions';
import { siteKey } from '../../lib/settings/sites';

/** A story's text in one language, with the languages it has (the background's answer). */
export interface StoryText {
  langs: UiLang[];
  content: StoryContent;
}

export interface CardDeps {
  /** The page side's latest result in this tab (null before its first answer). */
  result(): PageResult | null;
  /** Current settings (null until loaded). */
  settings(): Settings | null;
  browserLangs(): readonly string[];
  translator(lang: UiLang): Translate;
  /** The story's text in `lang` (and English), from the background. */
  fetchStory(story: string, lang: UiLang): Promise<StoryText | null>;
  /** Viewport, text column and top bar, measured (and cached) by the host. */
  measure(result: PageResult): PlacementInput;
  /** One DOM Range per detection passage (null where it cannot be mapped). */
  ranges(result: PageResult): (Range | null)[];
  /** Renders the view, or removes it from the page (null). */
  render(props: CardRootProps | null): void;
  highlight(all: Range[] | null, current: Range | null): void;
  scrollTo(range: Range, placement: Placement, ui: CardUi): void;
  sendVisibility(visible: boolean): void;
  disableSite(site: string): void;
  /** Gives focus back to the page element that had it before the card, if the card has it. */
  restoreFocus(): void;
}

export interface CardController {
  /** Re-reads the result and settings and re-renders. */
  update(): void;
  /** A command relayed from the popup by the background. */
  command(msg: Pick<CardMessage, 'command' | 'index'>): void;
  /**
   * The background ran the card script (first time or again: a new detection, a
   * popup command). Settings must be loaded.
   */
  injected(): void;
  /** Removes view and highlights (the context is going away). */
  teardown(): void;
}

/** Creates the controller; nothing is rendered until the first update(). */
export function createCardController(deps: CardDeps): CardController {
  let page: PageState | null = null;
  let sent: boolean | null = null;
  let mustReport = true;
  let rangesOf: PageResult | null = null;
  let ranges: (Range | null)[] = [];
  let last: { placement: Placement; model: CardModel } | null = null;
  /** Fetched story text by story and language; langs by story. */
  const texts = new Map<string, StoryContent>();
  const langs = new Map<string, UiLang[]>();
  const fetching = new Set<string>();
  /** The story text shown last: it stays on screen while another language loads. */
  let shownText: { story: string; lang: UiLang; pack: StoryContent } | null = null;

  const stateFor = (url: string): PageState => {
    if (page?.url !== url) page = freshPageState(url);
    return page;
  };
  const report = (visible: boolean) => {
    if (visible === sent && !mustReport) return;
    sent = visible;
    mustReport = false;
    deps.sendVisibility(visible);
  };
  const clear = () => {
    deps.render(null);
    deps.highlight(null, null);
    last = null;
    report(false);
  };
  const act = (change: (s: PageState) => void) => () => {
    if (page) change(page);
    update();
  };

  function fetchText(story: string, lang: UiLang): void {
    const key = `${story}\u0000${lang}`;
    if (fetching.has(key)) return;
    fetching.add(key);
    void deps
      .fetchStory(story, lang)
      .then((answer) => {
        if (!answer) return;
        langs.set(story, answer.langs);
        texts.set(key, answer.content);
        update();
      })
      .catch(() => undefined)
      .finally(() => fetching.delete(key));
  }

  function update(): void {
    const result = deps.result();
    const settings = deps.settings();
    const story = result?.detection.story;
    if (!result || !settings || !story) return clear();
    const s = stateFor(result.url);
    const placement = placeCard(deps.measure(result));
    if (rangesOf !== result) {
      rangesOf = result;
      ranges = deps.ranges(result);
    }
    const model = cardModel({
      facts: {
        url: result.url,
        story,
        strength: result.detection.strength,
        passages: result.detection.passages,
        mappable: ranges.map((r) => r !== null),
        ...(result.session.pageMeta().lang || result.detection.lang
          ? { pageLang: result.session.pageMeta().lang ?? result.detection.lang }
          : {}),
        ...(result.session.pageMeta().published
          ? { published: result.session.pageMeta().published }
          : {}),
      },
      settings,
      page: s,
      placement,
      browserLangs: deps.browserLangs(),
      storyLangs: langs.get(story) ?? null,
      text: (lang) => texts.get(`${story}\u0000${lang}`),
      previous: shownText?.story === story ? shownText : null,
    });
    last = { placement, model };
    if (model.using) shownText = { story, ...model.using };
    if (model.needs) fetchText(story, model.needs);

    const marks = model.highlight;
    if (marks) {
      deps.highlight(
        marks.all.map((i) => ranges[i]!),
        marks.current === null ? null : (ranges[marks.current] ?? null),
      );
    } else deps.highlight(null, null);

    const view = model.view;
    const language = model.language;
    if (!view || !language) {
      if (model.ui === 'none') deps.render(null);
    } else {
      deps.render({
        ...view,
        t: deps.translator(view.lang),
        shown: model.shown,
        languages: {
          options: language.options,
          full: language.full,
          onChange: (l) => act((p) => (p.lang = l))(),
        },
        onOpen: act((p) => (p.opened = true)),
        onFold: act((p) => {
          p.opened = false;
          p.expanded = false;
        }),
        onExpandedChange: (expanded) =>
          act((p) => {
            p.expanded = expanded;
            if (expanded) p.opened = true;
          })(),
        onStep: step,
        onShowPassage: (i) => focusPassage(i, false),
        onDismiss: () => {
          deps.restoreFocus();
          act(hidePage)();
        },
        onDisableSite: () => {
          deps.restoreFocus();
          act(hidePage)();
          const site = siteKey(result.url);
          if (site) deps.disableSite(site);
        },
      });
    }
    report(model.visible);
  }

  function focusPassage(index: number, fromPopup: boolean): void {
    if (!page) return;
    page.current = index;
    if (fromPopup) page.requested = true;
    update();
    const range = ranges[index];
    if (range && last) deps.scrollTo(range, last.placement, last.model.ui);
  }

  function step(direction: -1 | 1): void {
    const next = page && stepPassage(last?.model.shown ?? [], page.current, direction);
    if (next !== undefined && next !== null) focusPassage(next, false);
  }

  return {
    update,
    command({ command, index }) {
      const result = deps.result();
      if (!result) return;
      const s = stateFor(result.url);
      if (command === 'show') {
        Object.assign(s, { hidden: false, forced: true, opened: true });
        mustReport = true;
        update();
      } else if (command === 'hide') {
        hidePage(s);
        update();
      } else if (index !== undefined) {
        focusPassage(index, true);
      }
    },
    injected() {
      const result = deps.result();
      const settings = deps.settings();
      // The background injects into a switched-off site only when the reader asks
      // ("Check this page", a popup command), so that run shows the card.
      if (result && settings && siteIsOff(result.url, settings)) stateFor(result.url).forced = true;
      mustReport = true;
      update();
    },
    teardown() {
      deps.render(null);
      deps.highlight(null, null);
    },
  };
}
