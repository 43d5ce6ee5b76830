/**
 * The card's state on one page and what follows from it. No browser or WXT
 * imports: the host (host.ts) passes in the DOM, extension and view pieces, so
 * tests drive this with fakes.
 */
import type { CardRootProps } from '../../components/CardRoot';
import type { StoryContent } from '../../data/schema';
import type { Translate, UiLang } from '../../lib/i18n';
import type { CardMessage } from '../../lib/messages';
import type { PageResult } from '../../lib/page-slot';
import { placeCard, type Placement, type PlacementInput } from '../../lib/card/placement';
import { decideUi, defaultUi, highlightsWanted, type CardUi } from '../../lib/card/visibility';
import type { Settings } from '../../lib/settings/definitions';
import { inSiteList, siteKey } from '../../lib/settings/sites';
import { pageRelevance } from '../../lib/story/relevance';
import { freshPageState, hidePage, stepPassage, type PageState } from './page-state';

export interface CardDeps {
  /** The detector's latest result in this tab (null before its first check). */
  result(): PageResult | null;
  /** Current settings (null until loaded). */
  settings(): Settings | null;
  pack(id: string): StoryContent | undefined;
  /** The card's language (the reader's pick on this page, if any, wins), its translator and the switch's options. */
  language(
    pack: StoryContent,
    result: PageResult,
    settings: Settings,
    chosen: UiLang | null,
  ): { lang: UiLang; t: Translate; options: readonly UiLang[]; full: readonly UiLang[] };
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
   * The background ran the card script (first time or again: a new report, a
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
  let last: { placement: Placement; ui: CardUi; shown: number[] } | null = null;

  const stateFor = (url: string): PageState => {
    if (page?.url !== url) page = freshPageState(url);
    return page;
  };
  const siteOff = (url: string, settings: Settings) => {
    const site = siteKey(url);
    return site !== null && inSiteList(site, settings.disabledSites);
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

  function update(): void {
    const result = deps.result();
    const settings = deps.settings();
    const id = result?.detection.story;
    const pack = id ? deps.pack(id) : undefined;
    if (!result || !settings || !pack) return clear();
    const s = stateFor(result.url);
    const placement = placeCard(deps.measure(result));
    const strength = result.detection.strength;
    const situation = { strength, display: settings.display, placement: placement.mode };
    const ui = decideUi({
      ...situation,
      story: true,
      siteOff: siteOff(result.url, settings),
      ...s,
    });

    if (rangesOf !== result) {
      rangesOf = result;
      ranges = deps.ranges(result);
    }
    const shown = ranges.flatMap((r, i) => (r ? [i] : []));
    const currentRange = s.current === null ? null : (ranges[s.current] ?? null);
    const marked = shown.map((i) => ranges[i]!);
    if (highlightsWanted(ui, settings.highlights, s.requested))
      deps.highlight(marked, currentRange);
    else deps.highlight(null, null);
    last = { placement, ui, shown };

    if (ui === 'none') {
      deps.render(null);
    } else {
      const { lang, t, options, full } = deps.language(pack, result, settings, s.lang);
      const relevance = pageRelevance(
        pack,
        result.detection.passages,
        result.extracted?.page.published,
      );
      const position = s.current === null ? -1 : shown.indexOf(s.current);
      deps.render({
        ui,
        pack,
        lang,
        t,
        relevance,
        placement,
        expanded: s.expanded,
        shown,
        current: position < 0 ? null : position,
        foldsToPill: defaultUi(situation) === 'pill',
        languages: { options, full, onChange: (l) => act((p) => (p.lang = l))() },
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
    report(ui !== 'none');
  }

  function focusPassage(index: number, fromPopup: boolean): void {
    if (!page) return;
    page.current = index;
    if (fromPopup) page.requested = true;
    update();
    const range = ranges[index];
    if (range && last) deps.scrollTo(range, last.placement, last.ui);
  }

  function step(direction: -1 | 1): void {
    const next = page && stepPassage(last?.shown ?? [], page.current, direction);
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
      if (result && settings && siteOff(result.url, settings)) stateFor(result.url).forced = true;
      mustReport = true;
      update();
    },
    teardown() {
      deps.render(null);
      deps.highlight(null, null);
    },
  };
}
