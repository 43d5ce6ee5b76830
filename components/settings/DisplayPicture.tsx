/**
 * Small drawings of a news page with each display mode: the card beside the text,
 * the pill at the edge, or only the toolbar badge. Decorative (aria-hidden by the
 * caller); colours come from settings.css classes.
 */
import type { ComponentChildren } from 'preact';
import type { DISPLAY_MODES } from '../../lib/settings/definitions';

const LINES = [22, 30, 38, 46, 54].map((y) => (
  <rect key={y} class="fl-pic__line" x="12" y={y} width={y === 54 ? 40 : 58} height="4" rx="2" />
));

function Page({ children }: { children?: ComponentChildren }) {
  return (
    <svg class="fl-pic" viewBox="0 0 120 72" width="120" height="72" focusable="false">
      <rect class="fl-pic__page" x="0.5" y="0.5" width="119" height="71" rx="6" />
      <rect class="fl-pic__head" x="12" y="9" width="44" height="6" rx="3" />
      {LINES}
      {children}
    </svg>
  );
}

/** The drawing for a display mode. */
export function DisplayPicture({ mode }: { mode: (typeof DISPLAY_MODES)[number] }) {
  if (mode === 'card') {
    return (
      <Page>
        <rect class="fl-pic__card" x="78" y="9" width="32" height="52" rx="4" />
        <rect class="fl-pic__accent" x="78" y="9" width="3" height="52" rx="1.5" />
        <rect class="fl-pic__cardline" x="85" y="16" width="20" height="3" rx="1.5" />
        <rect class="fl-pic__cardline" x="85" y="23" width="16" height="3" rx="1.5" />
        <rect class="fl-pic__cardline" x="85" y="30" width="18" height="3" rx="1.5" />
      </Page>
    );
  }
  if (mode === 'pill') {
    return (
      <Page>
        <rect class="fl-pic__card" x="80" y="51" width="30" height="12" rx="6" />
        <circle class="fl-pic__dot" cx="87" cy="57" r="2.5" />
        <rect class="fl-pic__cardline" x="92" y="55.5" width="13" height="3" rx="1.5" />
      </Page>
    );
  }
  return (
    <Page>
      <rect class="fl-pic__card" x="88" y="6" width="22" height="14" rx="4" />
      <rect class="fl-pic__cardline" x="93" y="11" width="6" height="4" rx="1" />
      <circle class="fl-pic__dot" cx="106" cy="8" r="4.5" />
    </Page>
  );
}
