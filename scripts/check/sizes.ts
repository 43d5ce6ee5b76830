/**
 * Size budgets of the built extension (.output/chrome-mv3), so no output creeps back up
 * unnoticed: checked by `npm run check` (scripts/check-sizes.ts) and by an end-to-end
 * test after the build. Sizes in bytes, as shipped (minified, not compressed).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { filesUnder } from './files';

export interface Budget {
  /** What the reader's browser runs it for. */
  label: string;
  /** Files of the build that count: a file's name, or an HTML page of the extension, which
   * counts every script it loads (its entry, preloads and their static imports). */
  files: RegExp | { page: string };
  bytes: number;
}

const KB = 1024;
export const BUDGETS: readonly Budget[] = [
  {
    // the budget is 25 KB; 14 holds it near what it is (12.8 KB: the gate, the
    // watcher, and the extraction's element rules it marks the text it sends with)
    label: 'trigger.js, run on every page (gate and watcher)',
    files: /^trigger\.js$/,
    bytes: 14 * KB,
  },
  { label: 'page.js, on pages with a trigger term', files: /^page\.js$/, bytes: 24 * KB },
  { label: 'card.js, on story pages', files: /^card\.js$/, bytes: 80 * KB },
  {
    label: 'background.js (rules of every pack, detector)',
    files: /^background\.js$/,
    bytes: 1536 * KB,
  },
  {
    label: 'popup.html, every script it loads',
    files: { page: 'popup.html' },
    bytes: 512 * KB,
  },
  {
    label: 'options.html, every script it loads',
    files: { page: 'options.html' },
    bytes: 160 * KB,
  },
];

export interface Measured extends Budget {
  actual: number;
  files_: string[];
}

/** The scripts an HTML page of the build loads: its module scripts and preloads, and
 * everything they import statically (Vite writes `from"./chunk.js"` / `import"./chunk.js"`). */
export function pageScripts(dir: string, page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  const todo = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.js)"/g)].map(
    (m) => normalize(m[1]!),
  );
  const seen = new Set<string>();
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file) || !existsSync(join(dir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g))
      todo.push(normalize(join(dirname(file), m[1]!)));
  }
  return [...seen].sort();
}

/** Each budget with what the build in `dir` spends on it; null when there is no build. */
export function measureSizes(dir: string): Measured[] | null {
  if (!existsSync(join(dir, 'manifest.json'))) return null;
  const files = filesUnder(dir);
  return BUDGETS.map((b) => {
    const pattern = b.files;
    const matched =
      pattern instanceof RegExp
        ? files.filter((f) => pattern.test(f))
        : pageScripts(dir, pattern.page);
    return {
      ...b,
      files_: matched,
      actual: matched.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
    };
  });
}

export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
