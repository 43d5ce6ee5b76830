import type { ComponentChildren } from 'preact';

/**
 * A fieldset's legend; on the options page it holds an h2 (allowed in a legend),
 * so each group is both a labelled group and a heading to jump to.
 */
export function Legend({ level, children }: { level: 2 | null; children: ComponentChildren }) {
  return (
    <legend class="fl-set-legend">
      {level === 2 ? <h2 class="fl-set-legend__h">{children}</h2> : children}
    </legend>
  );
}
