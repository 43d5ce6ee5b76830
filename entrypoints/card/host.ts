/**
 * The card script's host: wires the controller to the page side's slot, settings,
 * messages, the shadow-root view, highlights and scrolling, and ties every listener,
 * observer and timer to one lifetime so all of it stops together.
 *
 * One card per tab. The background may run the card script again (every new
 * detection, every popup command); a run that finds a live card hands over to it.
 * The order is fixed by construction: the new card registers itself before anything
 * asynchronous starts, and everything that arrives before its settings are loaded
 * waits at one gate.
 */
import type { PlacementInput } from '../../lib/card/placement';
import { rangeInBlock } from '../../lib/extract';
import { createTranslator, type Translate, type UiLang } from '../../lib/i18n';
import { getPageSlot, type PageResult } from '../../lib/page-slot';
import type { Settings } from '../../lib/settings/definitions';
import { addSite } from '../../lib/settings/sites';
import { getSetting, getSettings, setSetting, watchSettings } from '../../lib/settings/store';
import { fetchStory, listenForCommands, sendVisibility } from './channel';
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
  const gate = createGate(life);
  // Registered first, synchronously: a run that starts while this one loads hands over here.
  const me: Running = { life, injected: () => gate(() => controller.injected()) };
  holder[RUNNING] = me;
  life.onEnd(() => {
    if (holder[RUNNING] === me) delete holder[RUNNING];
  });

  let settings: Settings | null = null;
  const { controller, remeasure } = wire(life, () => settings);
  listenForCommands(life, (msg) => gate(() => controller.command(msg)));
  me.injected();
  void getSettings().then((loaded) => {
    settings = loaded;
    life.onEnd(
      watchSettings((next) => {
        settings = next;
        if (life.alive) controller.update();
      }),
    );
    gate.open();
  });
  // Layout changes move the card: re-measure once the resizing settles.
  let resizeTimer = 0;
  life.listen(window, 'resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = life.setTimeout(remeasure, 150);
  });
}

/** Runs steps now once opened; until then, in order when it opens. */
function createGate(life: Lifetime) {
  let queue: Array<() => void> | null = [];
  const gate = (step: () => void) => {
    if (!life.alive) return;
    if (queue) queue.push(step);
    else step();
  };
  gate.open = () => {
    const steps = queue ?? [];
    queue = null;
    for (const step of steps) if (life.alive) step();
  };
  return gate;
}

/** The controller with the page, the view and the extension plugged in. */
function wire(life: Lifetime, settings: () => Settings | null) {
  const view = createCardView(life);
  const highlighter = createHighlighter(document);
  const translators = new Map<UiLang, Translate>();
  let measured: { result: PageResult; input: PlacementInput } | null = null;
  let returnFocusTo: HTMLElement | null = null;
  const slot = getPageSlot();

  const controller: CardController = createCardController({
    result: () => slot?.result ?? null,
    settings,
    browserLangs: () => navigator.languages,
    translator(lang) {
      if (!translators.has(lang)) translators.set(lang, createTranslator(lang));
      return translators.get(lang)!;
    },
    fetchStory,
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
    render(props) {
      // An updated or removed extension ends the lifetime, which removes the view.
      if (props && !life.alive) return;
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
