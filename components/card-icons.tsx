/** Small inline icons for the card and pill (decorative: hidden from assistive tech). */

/** The Factline mark: a dated line with a highlighted first point. */
export function Logo() {
  return (
    <svg class="fl-logo" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <rect width="20" height="20" rx="5" class="fl-logo__bg" />
      <path d="M5 10h10" class="fl-logo__line" />
      <circle cx="6" cy="10" r="2.2" class="fl-logo__dot" />
      <circle cx="14" cy="10" r="1.6" class="fl-logo__dot2" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg class="fl-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M4 4l8 8M12 4l-8 8"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
      />
    </svg>
  );
}

/** A downward chevron for collapsible sections; `class` places and rotates it. */
export function ChevronIcon({ class: cls }: { class: string }) {
  return (
    <svg class={cls} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path
        d="M4 6l4 4 4-4"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
