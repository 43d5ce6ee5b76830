/**
 * The card's shadow-root view: WXT's createShadowRootUi with inline CSS (no
 * web-accessible CSS file, nothing injected into the page's own styles), a host
 * pinned in place against hostile page CSS, and a guard that drops events the
 * page forges with dispatchEvent or element.click() (untrusted).
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { render } from 'preact';
import factlineCss from '../../components/factline.css?inline';
import cardCss from '../../components/card.css?inline';
import { CardRoot, type CardRootProps } from '../../components/CardRoot';
import hostCss from './host.css?inline';

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

export interface CardView {
  /** Renders the view (mounting the host if needed), or removes the host (null). */
  show(props: CardRootProps | null): void;
  /** The host element while mounted. */
  host(): HTMLElement | null;
  /** True when focus is inside the card. */
  hasFocus(): boolean;
}

/** Creates the (unmounted) view; WXT removes it when the context is invalidated. */
export async function createCardView(ctx: ContentScriptContext): Promise<CardView> {
  let mounted = false;
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: HOST_TAG,
    position: 'inline',
    // <html>, not <body>: a transformed or filtered body would capture position: fixed.
    anchor: () => document.documentElement,
    append: 'last',
    css: `${hostCss}\n${factlineCss}\n${cardCss}`,
    isolateEvents: true,
    onMount(container, shadow, host) {
      for (const [prop, value] of Object.entries(PINNED))
        host.style.setProperty(prop, value, 'important');
      for (const type of GUARDED) {
        shadow.addEventListener(
          type,
          (e) => {
            if (!e.isTrusted) e.stopImmediatePropagation();
          },
          { capture: true },
        );
      }
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  return {
    show(props) {
      if (!props) {
        if (mounted) ui.remove();
        mounted = false;
        return;
      }
      if (!mounted || !ui.shadowHost.isConnected) {
        ui.mount();
        mounted = true;
      }
      render(<CardRoot {...props} />, ui.uiContainer);
    },
    host: () => (mounted ? ui.shadowHost : null),
    hasFocus: () => mounted && ui.shadow.activeElement !== null,
  };
}
