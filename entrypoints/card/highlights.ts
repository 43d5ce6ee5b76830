/**
 * Passage highlights with the CSS Custom Highlight API: ranges registered by name
 * and styled by `::highlight()` in a constructed stylesheet adopted by the page.
 * No element is added to the page and its DOM is not changed. Feature-detected:
 * without the API there are no highlights (previous/next still scroll).
 */

export const PASSAGE = 'factline-passage';
export const CURRENT = 'factline-current';

// Translucent amber reads on light and dark pages and keeps the page's own text colour.
const STYLE = `
::highlight(${PASSAGE}) { background-color: rgba(255, 196, 61, 0.32); }
::highlight(${CURRENT}) {
  background-color: rgba(255, 176, 32, 0.55);
  text-decoration: underline 2px rgb(196, 120, 0);
  text-underline-offset: 3px;
}`;

interface HighlightApi {
  registry: Map<string, unknown>;
  make: (ranges: Range[]) => unknown;
}

function api(): HighlightApi | null {
  const css = globalThis.CSS as { highlights?: Map<string, unknown> } | undefined;
  const Ctor = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, make: (ranges) => new Ctor(...ranges) };
}

export interface Highlighter {
  readonly supported: boolean;
  /** Shows these ranges (null: none), the current one more strongly. */
  set(all: Range[] | null, current: Range | null): void;
  /** Removes the highlights and the stylesheet. */
  dispose(): void;
}

/** A highlighter for the page's document. */
export function createHighlighter(doc: Document): Highlighter {
  const hl = api();
  let sheet: CSSStyleSheet | null = null;

  const adopt = () => {
    if (sheet && doc.adoptedStyleSheets.includes(sheet)) return;
    try {
      sheet ??= new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      // Re-adopted if the page replaced the list since.
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      // No constructable stylesheets here: ranges stay registered but unstyled.
    }
  };
  const unadopt = () => {
    if (!sheet) return;
    try {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // Nothing to undo.
    }
  };

  return {
    supported: hl !== null,
    set(all, current) {
      if (!hl) return;
      if (!all || all.length === 0) {
        hl.registry.delete(PASSAGE);
        hl.registry.delete(CURRENT);
        return;
      }
      adopt();
      hl.registry.set(PASSAGE, hl.make(all));
      if (current) hl.registry.set(CURRENT, hl.make([current]));
      else hl.registry.delete(CURRENT);
    },
    dispose() {
      hl?.registry.delete(PASSAGE);
      hl?.registry.delete(CURRENT);
      unadopt();
    },
  };
}
