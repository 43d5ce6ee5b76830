/**
 * Plain text → PageText, for the `detect` command's .txt input. Blocks end at
 * blank lines and after long lines (one paragraph per line); short hard-wrapped
 * lines are joined, while a list of short lines (headlines, bullets) keeps one
 * block per line, as `<li>`s do in HTML. Plain text has no landmarks, so every
 * block is `other`.
 */
import type { PageText } from '../../lib/page-text';
import { MAX_CHARS } from '../../lib/extract/extract-page-text';
import { toIsoDate } from '../../lib/extract/published-date';

/** A line at least this long is a paragraph of its own. */
const LONG_LINE = 200;
/** A first line longer than this is not taken as a title. */
const MAX_TITLE = 200;
/** A front-matter header is looked for only in the first lines. */
const MAX_HEADER_LINES = 30;
/** Caseless scripts: wrapped prose fills its lines to about this share of the longest. */
const FILLED = 0.75;
/** A list item marker: a bullet or dash, or a number, followed by a space. */
const BULLET = /^(?:[-*+•·▪▸►–—]|\d{1,3}[.)])\s/;

type Case = 'upper' | 'lower' | 'none';

/** Case of a line's first letter or digit (digits and caseless scripts are `none`). */
function startCase(line: string): Case {
  for (const ch of line) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (lower !== upper) return ch === lower ? 'lower' : 'upper';
    if (/[\p{L}\p{N}]/u.test(ch)) return 'none';
  }
  return 'none';
}

/**
 * A paragraph's lines as blocks. Wrapped prose is joined: some line goes on in lower
 * case, or (caseless scripts) every line but the last fills most of the width. Lines
 * that all start a new item (a capital, a bullet) stay apart; a bullet always starts
 * a block, and its lower-case continuation lines join it.
 */
function paragraphBlocks(lines: readonly string[]): string[] {
  if (lines.length < 2) return [...lines];
  const starts = lines.slice(1).map(startCase);
  const longest = Math.max(...lines.map((l) => l.length));
  const filled = lines.slice(0, -1).every((l) => l.length >= FILLED * longest);
  const prose = starts.includes('lower') || (!starts.includes('upper') && filled);
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || !prose || BULLET.test(line)) out.push(line);
    else out[out.length - 1] += ` ${line}`;
  });
  return out;
}

/** `key: value` lines closed by a `---` line; only title, lang and date are used. */
function readHeader(lines: string[]): { body: number; meta: Map<string, string> } | null {
  const meta = new Map<string, string>();
  for (let i = 0; i < Math.min(lines.length, MAX_HEADER_LINES); i++) {
    const line = lines[i]!.trim();
    if (line === '---') return i > 0 ? { body: i + 1, meta } : null;
    const m = /^([a-z][\w-]*):\s?(.*)$/i.exec(line);
    if (!m) return null;
    meta.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return null;
}

/**
 * Splits text into blocks. A leading `key: value` header ended by `---` (as in
 * saved-article files) is metadata, not page text: its title, lang and
 * date/published are used and every other field (labels, notes, URLs) is ignored.
 */
export function plainTextPage(text: string, maxChars = MAX_CHARS): PageText {
  let lines = text.slice(0, maxChars + LONG_LINE).split(/\r\n?|\n/);
  const header = readHeader(lines);
  const page: PageText = { blocks: [] };
  if (header) {
    lines = lines.slice(header.body);
    const title = header.meta.get('title');
    const lang = header.meta.get('lang') ?? header.meta.get('language');
    const published = toIsoDate(header.meta.get('published') ?? header.meta.get('date'));
    if (title && !title.startsWith('(')) page.title = title;
    if (lang && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(lang)) page.lang = lang;
    if (published) page.published = published;
  }

  let total = 0;
  let open: string[] = [];
  const close = (): void => {
    for (const text of paragraphBlocks(open)) {
      const block = text.slice(0, Math.max(0, maxChars - total));
      if (!block) break;
      page.blocks.push({ text: block, kind: 'other' });
      total += block.length;
    }
    open = [];
  };
  for (const raw of lines) {
    const line = raw.replace(/[ \t\f\v]+/g, ' ').trim();
    if (line === '') close();
    else {
      open.push(line);
      if (line.length >= LONG_LINE) close();
    }
    if (total >= maxChars) break;
  }
  close();

  const first = lines.find((l) => l.trim() !== '')?.trim();
  if (!page.title && first && first.length <= MAX_TITLE) page.title = first;
  return page;
}
