/**
 * The card script's host: wires the controller to the page side's slot, settings,
 * messages, the shadow-root view, highlights and scrolling, and ties every listener,
 * observer and timer to one lifetime so all of it stops together.
 *
 * One card per tab. The background may run the card script again (every new
 * detection, every popup command); a run that finds a live card hands over to it.
 * The order is fixed by construction: the new card registers itself before anything
 * else happens. Everything it shows comes from the background (CardKit: the story in a
 * language, its catalog, dates and the settings), so it has nothing to load first.
 */
import type { PlacementInput } from '../../lib/card/placement';
import { rangeInBlock } from '../../lib/extract/offset-map';
import { getPageSlot, type PageResult } from '../../lib/page-slot';
import { fetchKit, listenToBackground, sendDisableSite, sendVisibility } from './channel';
import { createCardController, type CardController } from './controller';
import { createHighlighter } from './highlights';
import { Lifetime } from './lifetime';
import { measurePage } from './measure';
import { scrollToRange } from './scroll';
import { createCardView } from './view';

const RUNNING = Symbol.for('factline.card');
interface Running {
  /** The background ran the card script again. */
  injected(): void;
  readonly life: Lifetime;
}
type Holder = { [RUNNING]?: Running };

/** Entry point of each run of the card script. */
export function startCard(): void {
  const holder = globalThis as Holder;
  const running = holder[RUNNING];
  if (running?.life.alive) return running.injected();
  const life = new Lifetime();
  const { controller, remeasure } = wire(life);
  // Registered first, synchronously: a later run of the script hands over to this one.
  const me: Running = { life, injected: () => controller.injected() };
  holder[RUNNING] = me;
  life.onEnd(() => {
    if (holder[RUNNING] === me) delete holder[RUNNING];
  });
  listenToBackground(life, (msg) => {
    if (msg.type === 'factline:settings') controller.settingsChanged(msg.settings);
    else controller.command(msg);
  });
  me.injected();
  // Layout changes move the card: re-measure once the resizing settles.
  let resizeTimer = 0;
  life.listen(window, 'resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = life.setTimeout(remeasure, 150);
  });
}

/** The controller with the page, the view and the extension plugged in. */
function wire(life: Lifetime) {
  const view = createCardView(life);
  const highlighter = createHighlighter(document);
  let measured: { result: PageResult; input: PlacementInput } | null = null;
  let returnFocusTo: HTMLElement | null = null;
  const slot = getPageSlot();

  const controller: CardController = createCardController({
    result: () => slot?.result ?? null,
    browserLangs: () => navigator.languages,
    fetchKit(story, lang, result) {
      const meta = result.session.pageMeta();
      const pageLang = meta.lang ?? result.detection.lang;
      return fetchKit(story, lang, {
        ...(pageLang ? { lang: pageLang } : {}),
        ...(meta.published ? { published: meta.published } : {}),
      });
    },
    measure(result) {
      if (measured?.result !== result) {
        measured = { result, input: measurePage(result.session, view.host()) };
      }
      return measured.input;
    },
    ranges: (result) =>
      result.detection.passages.map((p) =>
        rangeInBlock(result.session.block(p.block)?.segments, p.start, p.end, document),
      ),
    render(props, dates) {
      // An updated or removed extension ends the lifetime, which removes the view.
      if (props && !life.alive) return;
      view.show(props, dates);
    },
    highlight: (all, current) => highlighter.set(all, current),
    scrollTo: (range, placement, ui) =>
      scrollToRange(range, placement, ui, measured?.input.topInset ?? 0),
    sendVisibility,
    disableSite: sendDisableSite,
    restoreFocus() {
      if (!view.hasFocus()) return;
      const target = returnFocusTo;
      // Once the card is gone, focus goes back where the reader was on the page.
      life.setTimeout(() => {
        if (target?.isConnected) target.focus({ preventScroll: true });
      }, 0);
    },
  });

  // Re-render when the page side has a new detection (live blog, client-side navigation).
  const onResult = () => {
    if (life.alive) controller.update();
  };
  slot?.listeners.add(onResult);
  life.onEnd(() => {
    slot?.listeners.delete(onResult);
    controller.teardown();
    highlighter.dispose();
  });

  // Remember where focus was on the page before it entered the card.
  life.listen(document, 'focusin', (e: FocusEvent) => {
    const host = view.host();
    if (!e.isTrusted || !host || e.target !== host) return;
    const from = e.relatedTarget;
    if (from instanceof HTMLElement && from !== host) returnFocusTo = from;
  });

  const remeasure = () => {
    measured = null;
    controller.update();
  };
  return { controller, remeasure };
}
