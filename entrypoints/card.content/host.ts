/**
 * The card script's host: wires the controller to the detector's slot, settings,
 * messages, the shadow-root view, highlights and scrolling, and ties every
 * listener, observer and timer to WXT's context so all of it stops together.
 */
import type { ContentScriptContext } from '#imports';
import { getPack } from '../../data/packs';
import type { PlacementInput } from '../../lib/card/placement';
import { cardLanguage } from '../../lib/card/card-lang';
import { rangeFor } from '../../lib/extract';
import { createTranslator, type Translate, type UiLang } from '../../lib/i18n';
import { getPageSlot, type PageResult } from '../../lib/page-slot';
import type { Settings } from '../../lib/settings/definitions';
import { addSite } from '../../lib/settings/sites';
import { getSetting, getSettings, setSetting, watchSettings } from '../../lib/settings/store';
import { listenForCommands, sendVisibility } from './channel';
import { createCardController } from './controller';
import { createHighlighter } from './highlights';
import { measurePage } from './measure';
import { scrollToRange } from './scroll';
import { liveCard, registerCard } from './single-instance';
import { createCardView } from './view';

/** Entry point of each run of the card script. */
export async function startCard(ctx: ContentScriptContext): Promise<void> {
  const live = liveCard();
  if (live) {
    live.injected();
    ctx.abort('a card is already running in this tab');
    return;
  }

  let settings: Settings | null = null;
  let ready = false;
  let pendingRun = false;
  let measured: { result: PageResult; input: PlacementInput } | null = null;
  let returnFocusTo: HTMLElement | null = null;
  const translators = new Map<UiLang, Translate>();
  const highlighter = createHighlighter(document);

  // Registered before anything async, so a run that starts meanwhile hands over to this one.
  registerCard({ injected: () => (ready ? controller.injected() : (pendingRun = true)) }, ctx);

  const view = await createCardView(ctx);
  const controller = createCardController({
    result: () => getPageSlot()?.result ?? null,
    settings: () => settings,
    pack: getPack,
    language(pack, result, s, chosen) {
      const pageLang = result.extracted?.page.lang ?? result.detection.lang;
      const { lang, options, full } = cardLanguage({
        setting: s.uiLang,
        browserLangs: navigator.languages,
        pageLang,
        pack,
        chosen,
      });
      if (!translators.has(lang)) translators.set(lang, createTranslator(lang));
      return { lang, t: translators.get(lang)!, options, full };
    },
    measure(result) {
      if (measured?.result !== result) {
        measured = { result, input: measurePage(result.extracted, view.host()) };
      }
      return measured.input;
    },
    ranges: (result) =>
      result.extracted
        ? result.detection.passages.map((p) =>
            rangeFor(result.extracted!.map, p.block, p.start, p.end, document),
          )
        : [],
    render(props) {
      // Reading isValid notices an updated or removed extension and tears the card down.
      if (props && !ctx.isValid) return;
      view.show(props);
    },
    highlight: (all, current) => highlighter.set(all, current),
    scrollTo: (range, placement, ui) =>
      scrollToRange(range, placement, ui, measured?.input.topInset ?? 0),
    sendVisibility,
    disableSite(site) {
      void getSetting('disabledSites')
        .then((list) => setSetting('disabledSites', addSite(list, site)))
        .catch(() => undefined);
    },
    restoreFocus() {
      if (!view.hasFocus()) return;
      const target = returnFocusTo;
      // Once the card is gone, focus goes back where the reader was on the page.
      ctx.setTimeout(() => {
        if (target?.isConnected) target.focus({ preventScroll: true });
      }, 0);
    },
  });

  // Re-render when the detector re-checks (live blog, client-side navigation).
  const slot = getPageSlot();
  const onResult = () => {
    if (ctx.isValid) controller.update();
  };
  slot?.listeners.add(onResult);
  ctx.onInvalidated(() => {
    slot?.listeners.delete(onResult);
    controller.teardown();
    highlighter.dispose();
  });

  // Remember where focus was on the page before it entered the card.
  ctx.addEventListener(document, 'focusin', (e: FocusEvent) => {
    const host = view.host();
    if (!e.isTrusted || !host || e.target !== host) return;
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && from !== host) returnFocusTo = from;
  });

  // Layout changes move the card: re-measure once the resizing settles.
  let resizeTimer = 0;
  ctx.addEventListener(window, 'resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = ctx.setTimeout(() => {
      measured = null;
      controller.update();
    }, 150);
  });

  const early: Parameters<typeof controller.command>[0][] = [];
  listenForCommands(ctx, (msg) => (ready ? controller.command(msg) : early.push(msg)));

  settings = await getSettings();
  const unwatch = watchSettings((next) => {
    settings = next;
    if (ctx.isValid) controller.update();
  });
  ctx.onInvalidated(unwatch);
  if (ctx.isInvalid) return;
  ready = true;
  controller.injected();
  if (pendingRun) controller.injected();
  for (const msg of early.splice(0)) controller.command(msg);
}
