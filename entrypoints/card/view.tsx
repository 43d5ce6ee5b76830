/**
 * The card's shadow-root view: a host element of our own with an open shadow root,
 * inline CSS (no web-accessible CSS file, nothing injected into the page's own
 * styles), a host pinned in place against hostile page CSS, keys typed in the card
 * kept from the page's shortcuts, and a guard that drops events the page forges with
 * dispatchEvent or element.click() (untrusted).
 */
import { render } from 'preact';
import factlineCss from '../../components/factline.css?inline';
import cardCss from '../../components/card.css?inline';
import { CardRoot, type CardRootProps } from '../../components/CardRoot';
import { DatesContext } from '../../components/dates';
import type { DateFormats } from '../../lib/format/date-formats';
import hostCss from './host.css?inline';
import type { Lifetime } from './lifetime';

export const HOST_TAG = 'factline-card';

/** Critical host properties, inline as well: a fallback should the shadow stylesheet not apply. */
const PINNED: Record<string, string> = {
  position: 'fixed',
  top: '0px',
  left: '0px',
  width: '0px',
  height: '0px',
  margin: '0px',
  padding: '0px',
  overflow: 'visible',
  'pointer-events': 'none',
  'z-index': '10000',
};
const GUARDED = ['click', 'keydown', 'keyup', 'keypress', 'input', 'change', 'submit'];
/** Keys typed in the card do not reach the page's keyboard shortcuts. */
const ISOLATED = ['keydown', 'keyup', 'keypress'];

export interface CardView {
  /** Renders the view with its date formats (mounting the host if needed), or removes the host (null). */
  show(props: CardRootProps | null, dates?: DateFormats): void;
  /** The host element while mounted. */
  host(): HTMLElement | null;
  /** True when focus is inside the card. */
  hasFocus(): boolean;
}

/** Creates the (unmounted) view; it is removed when the lifetime ends. */
export function createCardView(life: Lifetime): CardView {
  const host = document.createElement(HOST_TAG);
  for (const [prop, value] of Object.entries(PINNED))
    host.style.setProperty(prop, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  // The page's inherited styles stop at the host.
  style.textContent = `:host{all:initial !important;}\n${hostCss}\n${factlineCss}\n${cardCss}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  for (const type of GUARDED) {
    shadow.addEventListener(
      type,
      (e) => {
        if (!e.isTrusted) e.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
  for (const type of ISOLATED) body.addEventListener(type, (e) => e.stopPropagation());
  let mounted = false;
  const remove = () => {
    render(null, body);
    host.remove();
    mounted = false;
  };
  life.onEnd(remove);
  return {
    show(props, dates) {
      if (!props) {
        if (mounted) remove();
        return;
      }
      // <html>, not <body>: a transformed or filtered body would capture position: fixed.
      if (!host.isConnected) document.documentElement.append(host);
      mounted = true;
      render(
        <DatesContext.Provider value={dates ?? null}>
          <CardRoot {...props} />
        </DatesContext.Provider>,
        body,
      );
    },
    host: () => (mounted ? host : null),
    hasFocus: () => mounted && shadow.activeElement !== null,
  };
}
