/**
 * Watching a page for what a reader would see change: nodes added, text edited, and
 * client-side navigations (which may change the page without adding to it); and, on
 * request, parts shown by an attribute that the extraction left out while hidden. Shared
 * by the trigger and the page side. DOM only, no extension API.
 */
import { HIDING_ATTRIBUTES, reveals } from './extract/element-rules';
export function watchPage(
  signal: AbortSignal,
  onChange: (records: MutationRecord[]) => void,
  onNavigate: () => void,
): { takeRecords(): MutationRecord[] } {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  window.addEventListener('popstate', onNavigate, { signal });
  window.addEventListener('hashchange', onNavigate, { signal });
  // the changes made since the last callback, which has not run yet
  return { takeRecords: () => observer.takeRecords() };
}

/**
 * True when a record only puts elements named `tag` into the page or takes them out (the
 * card's host: its coming and going changes no page text and wakes no check).
 */
export function onlyElementsNamed(record: MutationRecord, tag: string): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName.toLowerCase() === tag);
}

/**
 * Calls `onReveal` with the elements an attribute change showed (`hidden` or a hiding
 * inline style taken off, `aria-hidden` taken off, a dialog opened: element-rules.ts
 * `reveals`), whose text the extraction left out until then.
 */
export function watchReveals(signal: AbortSignal, onReveal: (shown: Element[]) => void): void {
  if (signal.aborted) return;
  const observer = new MutationObserver((records) => {
    const shown: Element[] = [];
    for (const r of records) {
      const el = r.target as Element;
      if (r.attributeName && reveals(el, r.attributeName, r.oldValue)) shown.push(el);
    }
    if (shown.length) onReveal(shown);
  });
  observer.observe(document.documentElement, {
    subtree: true,
    attributeOldValue: true,
    attributeFilter: [...HIDING_ATTRIBUTES],
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
