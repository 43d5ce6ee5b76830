/**
 * Shrinks HTML source before a non-browser DOM parses it. happy-dom costs about
 * a second and ~350 MB per MB of dense markup (and runs out of heap near 10 MB),
 * so the `detect` command drops what extraction skips anyway — scripts (except
 * JSON-LD, which holds the publication date), styles, SVG, comments, templates —
 * and parses at most MAX_HTML_CHARS of what is left, which already holds far more
 * text than extraction's own cap (MAX_CHARS).
 */

export const MAX_HTML_CHARS = 2_000_000;

/** A comment, or an element dropped with its content (`script` is kept when it is JSON-LD). */
const DROPPED_START = /<(?:!--|(script|style|svg|noscript|template|math)(?=[\s/>]))/gi;
const CLOSE: Record<string, RegExp> = {};

export interface SlimHtml {
  html: string;
  /** True when markup beyond the cap was cut off. */
  cut: boolean;
}

/** Removes dropped elements and comments in one linear scan, then caps the length. */
export function slimHtml(source: string, maxChars = MAX_HTML_CHARS): SlimHtml {
  const out: string[] = [];
  let kept = 0;
  let from = 0;
  const start = new RegExp(DROPPED_START.source, 'gi');
  for (let m = start.exec(source); m !== null && kept < maxChars; m = start.exec(source)) {
    const end = droppedEnd(source, m.index, m[1]?.toLowerCase());
    if (end === m.index) continue; // JSON-LD: kept
    out.push(source.slice(from, m.index));
    kept += m.index - from;
    from = end;
    start.lastIndex = end;
  }
  out.push(source.slice(from));
  let html = out.join('');
  const cut = html.length > maxChars;
  if (cut) {
    const lastTag = html.lastIndexOf('<', maxChars);
    html = html.slice(0, lastTag > 0 ? lastTag : maxChars);
  }
  return { html, cut };
}

/** End of the comment or element starting at `at`; `at` itself when the element is kept. */
function droppedEnd(source: string, at: number, tag: string | undefined): number {
  if (tag === undefined) {
    const close = source.indexOf('-->', at + 4);
    return close === -1 ? source.length : close + 3;
  }
  const openEnd = source.indexOf('>', at);
  if (openEnd === -1) return source.length;
  if (tag === 'script' && /ld\+json/i.test(source.slice(at, openEnd))) return at;
  if (source[openEnd - 1] === '/') return openEnd + 1; // self-closed <svg/>
  const close = (CLOSE[tag] ??= new RegExp(`</${tag}`, 'gi'));
  close.lastIndex = openEnd + 1;
  const m = close.exec(source);
  if (m === null) return source.length;
  const gt = source.indexOf('>', m.index);
  return gt === -1 ? source.length : gt + 1;
}
