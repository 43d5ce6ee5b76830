/**
 * A separator only screen readers get: adjacent spans laid out apart by CSS would
 * otherwise run together in an accessible name ("29 Dec 2025Affirms…").
 */
export function Sep({ text = ', ' }: { text?: string }) {
  return <span class="fl-vh">{text}</span>;
}
