/**
 * Watching a page for what a reader would see change: nodes added, text edited, and
 * client-side navigations (which may change the page without adding to it). Shared by
 * the trigger and the page side. DOM only, no extension API.
 */
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
