/** Test helper: puts saved HTML into the test environment's global document. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Replaces the global document's content with `html`. The global document is
 * used (not a DOMParser document) because happy-dom binds every Range to it.
 */
export function loadPage(html: string): Document {
  // happy-dom would try to fetch these (and log that it may not); the elements stay, the URLs go.
  const offline = html.replace(/<(script|link)\b([^>]*?)\s(?:src|href)="[^"]*"/g, '<$1$2');
  const parsed = new DOMParser().parseFromString(offline, 'text/html');
  document.documentElement.remove();
  document.appendChild(document.importNode(parsed.documentElement, true));
  return document;
}

/** Reads tests/fixtures/html/<name>. */
export function fixture(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return readFileSync(join(here, '../../fixtures/html', name), 'utf8');
}

/** A body-only page. */
export function loadBody(body: string, head = ''): Document {
  return loadPage(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}
