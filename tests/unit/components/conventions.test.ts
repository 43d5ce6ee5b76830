/**
 * Guards the component boundary (design.md) in every folder under components/: the
 * views are shared by the popup, the options page and the in-page card, so they take the
 * pack and settings as props and never reach for extension APIs or the bundled packs;
 * they never write HTML from strings; their CSS must survive hostile pages. A file of a
 * kind the folder does not expect fails too, so a new folder or file cannot slip past.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../../scripts/check/files';

const ROOT = 'components';

const files = filesUnder(ROOT).sort();
/** What a components/ folder may hold: a view (PascalCase.tsx), a module (kebab-case.ts or
 * .tsx, e.g. icons or hooks), a stylesheet (kebab-case.css). */
const VIEW = /(^|\/)[A-Z][A-Za-z]*\.tsx$/;
const MODULE = /(^|\/)[a-z][a-z0-9-]*\.tsx?$/;
const STYLES = /(^|\/)[a-z][a-z0-9-]*\.css$/;

const code = files
  .filter((f) => /\.tsx?$/.test(f))
  .map((file) => ({ file, text: readFileSync(join(ROOT, file), 'utf8') }));
const views = code.filter(({ file }) => VIEW.test(file));
const styles = files.filter((f) => STYLES.test(f));

describe('components/ and every folder in it', () => {
  it('walks every folder (settings/ included)', () => {
    expect(files.some((f) => f.startsWith('settings/'))).toBe(true);
    expect(views.length).toBeGreaterThan(30);
    expect(styles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s is a view, a module or a stylesheet', (file) => {
    expect(VIEW.test(file) || MODULE.test(file) || STYLES.test(file), file).toBe(true);
  });

  it.each(code)('$file imports no extension API and no bundled pack data', ({ text }) => {
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec).not.toMatch(
        /^wxt|^#imports|^@wxt-dev\/|webextension-polyfill|data\/packs|extension\/|entrypoints\/|\.json$/,
      );
    }
    expect(text).not.toMatch(/\b(browser|chrome)\.\w+\./);
  });

  it.each(code)('$file writes no HTML from strings', ({ text }) => {
    expect(text).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML/);
  });

  it.each(views)('$file exports the view it is named after', ({ file, text }) => {
    const name = file.replace(/^.*\//, '').replace(/\.tsx$/, '');
    expect(text).toMatch(new RegExp(`export function ${name}\\b`));
  });

  it.each(styles)('%s styles in px only and scopes every rule under an fl- class', (file) => {
    const css = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/\d(\.\d+)?rem\b/); // the page's root font size must not scale us
    const selectors = [...css.matchAll(/(?<=^|[{}])\s*([^{}]+?)\s*\{/g)]
      .map((m) => m[1]!)
      .filter((s) => !s.startsWith('@') && !/^(from|to|\d+%)$/.test(s));
    expect(selectors.length).toBeGreaterThan(0);
    for (const list of selectors) {
      for (const selector of list.split(',')) {
        expect(selector.trim(), `${file}: selector`).toMatch(/^\.fl-/);
      }
    }
  });
});
