/**
 * The card's shell: keeps the reader's state on this page, the settings and the kits
 * fetched so far (the story in a language, with its catalog and formatted dates), asks
 * the pure model (lib/card/card-model.ts) what to show, and applies it — render,
 * highlights, scrolling, messages. No browser or WXT imports: the host (host.ts) passes
 * in the DOM, extension and view pieces, so tests drive this with fakes.
 */
import type { CardRootProps } from '../../components/CardRoot';
import type { StoryContent } from '../../data/schema';
import { cardModel, siteIsOff, type CardModel } from '../../lib/card/card-model';
import { freshPageState, hidePage, stepPassage, type PageState } from '../../lib/card/page-state';
import { placeCard, type Placement, type PlacementInput } from '../../lib/card/placement';
import type { CardUi } from '../../lib/card/visibility';
import { tableDates, type DateFormats } from '../../lib/format/date-formats';
import { intlLocale, type UiLang } from '../../lib/i18n/langs';
import { tableLocaleData } from '../../lib/i18n/locale-data';
import { translator, type Translate } from '../../lib/i18n/translator';
import type { CardKit, CardMessage } from '../../lib/messages';
import type { PageResult } from '../../lib/page-slot';
import type { Settings } from '../../lib/settings/definitions';

export interface CardDeps {
  /** The page side's latest result in this tab (null before its first answer). */
  result(): PageResult | null;
  browserLangs(): readonly string[];
  /** The story's kit in `lang` (null: the language the page calls for), from the background. */
  fetchKit(story: string, lang: UiLang | null, result: PageResult): Promise<CardKit | null>;
  /** Viewport, text column and top bar, measured (and cached) by the host. */
  measure(result: PageResult): PlacementInput;
  /** One DOM Range per detection passage (null where it cannot be mapped). */
  ranges(result: PageResult): (Range | null)[];
  /** Renders the view with its date formats, or removes it from the page (null). */
  render(props: CardRootProps | null, dates?: DateFormats): void;
  highlight(all: Range[] | null, current: Range | null): void;
  scrollTo(range: Range, placement: Placement, ui: CardUi): void;
  sendVisibility(visible: boolean): void;
  /** Switches Factline off for this page's site. */
  disableSite(): void;
  /** Gives focus back to the page element that had it before the card, if the card has it. */
  restoreFocus(): void;
}

export interface CardController {
  /** Re-reads the result and re-renders. */
  update(): void;
  /** The settings changed (the background pushes them). */
  settingsChanged(settings: Settings): void;
  /** A command relayed from the popup by the background. */
  command(msg: Pick<CardMessage, 'command' | 'index'>): void;
  /** The background ran the card script (first time or again: a new detection, a popup command). */
  injected(): void;
  /** Removes view and highlights (the context is going away). */
  teardown(): void;
}

interface Kit {
  kit: CardKit;
  t: Translate;
  dates: DateFormats;
}

/** Creates the controller; nothing is rendered until the first kit arrives. */
export function createCardController(deps: CardDeps): CardController {
  let page: PageState | null = null;
  let settings: Settings | null = null;
  let sent: boolean | null = null;
  let mustReport = true;
  let forceNext = false;
  let rangesOf: PageResult | null = null;
  let ranges: (Range | null)[] = [];
  let last: { placement: Placement; model: CardModel } | null = null;
  const kits = new Map<string, Kit>();
  const langs = new Map<string, UiLang[]>();
  const fetching = new Set<string>();
  /** The kit shown last: it stays on screen while another language loads. */
  let shown: Kit | null = null;

  const keyOf = (story: string, lang: UiLang | null) => `${story}\u0000${lang ?? '*'}`;
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

  function fetchKit(story: string, lang: UiLang | null, result: PageResult): void {
    const key = keyOf(story, lang);
    if (fetching.has(key)) return;
    fetching.add(key);
    void deps
      .fetchKit(story, lang, result)
      .then((kit) => {
        if (!kit) return;
        const entry: Kit = {
          kit,
          t: translator(kit.catalog, tableLocaleData(kit.plurals, intlLocale(kit.lang))),
          dates: tableDates(kit.dates, kit.lang),
        };
        kits.set(keyOf(kit.story, kit.lang), entry);
        langs.set(kit.story, kit.langs);
        settings ??= kit.settings;
        update();
      })
      .catch(() => undefined)
      .finally(() => fetching.delete(key));
  }

  function update(): void {
    const result = deps.result();
    const story = result?.detection.story;
    if (!result || !story) return clear();
    // The first kit brings the settings (and the language the page calls for).
    if (!settings) return fetchKit(story, null, result);
    const s = stateFor(result.url);
    if (forceNext) {
      forceNext = false;
      // The background injects into a switched-off site only when the reader asks
      // ("Check this page", a popup command), so that run shows the card.
      if (siteIsOff(result.url, settings)) s.forced = true;
    }
    const placement = placeCard(deps.measure(result));
    if (rangesOf !== result) {
      rangesOf = result;
      ranges = deps.ranges(result);
    }
    const meta = result.session.pageMeta();
    const pageLang = meta.lang ?? result.detection.lang;
    const model = cardModel({
      facts: {
        url: result.url,
        story,
        strength: result.detection.strength,
        passages: result.detection.passages,
        mappable: ranges.map((r) => r !== null),
        ...(pageLang ? { pageLang } : {}),
        ...(meta.published ? { published: meta.published } : {}),
      },
      settings,
      page: s,
      placement,
      browserLangs: deps.browserLangs(),
      storyLangs: langs.get(story) ?? null,
      text: (lang) => kits.get(keyOf(story, lang))?.kit.content,
      previous:
        shown && shown.kit.story === story
          ? { lang: shown.kit.lang, pack: shown.kit.content }
          : null,
    });
    last = { placement, model };
    if (model.needs) fetchKit(story, model.needs, result);
    if (model.using) shown = kits.get(keyOf(story, model.using.lang)) ?? shown;

    const marks = model.highlight;
    if (marks) {
      deps.highlight(
        marks.all.map((i) => ranges[i]!),
        marks.current === null ? null : (ranges[marks.current] ?? null),
      );
    } else deps.highlight(null, null);

    const view = model.view;
    const language = model.language;
    if (!view || !language || !shown) {
      if (model.ui === 'none') deps.render(null);
    } else {
      deps.render(
        {
          ...view,
          pack: view.pack as StoryContent,
          t: shown.t,
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
            deps.disableSite();
          },
        },
        shown.dates,
      );
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
    settingsChanged(next) {
      settings = next;
      update();
    },
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
      forceNext = true;
      mustReport = true;
      update();
    },
    teardown() {
      deps.render(null);
      deps.highlight(null, null);
    },
  };
}
