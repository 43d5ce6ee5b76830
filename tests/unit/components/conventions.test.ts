/**
 * Guards the component boundary (design.md): components are shared by the popup
 * and the in-page card, so they take the pack as a prop and never reach for
 * extension APIs or the bundled packs; their CSS must survive hostile pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = 'components';
const sources = readdirSync(dir)
  .filter((f) => /\.(ts|tsx)$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('components/', () => {
  it.each(sources)('$file imports no extension API and no bundled pack data', ({ text }) => {
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec).not.toMatch(/^wxt|^#imports|webextension-polyfill|data\/packs|\.json$/);
    }
    expect(text).not.toMatch(/\b(browser|chrome)\.\w+\./);
  });

  it.each([
    ['factline.css', 30],
    ['card.css', 30],
  ])('%s styles in px only and scopes every rule under an fl- class', (file, min) => {
    const css = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css).not.toMatch(/\d(\.\d+)?rem\b/); // the page's root font size must not scale us
    const selectors = [...css.matchAll(/(?<=^|[{}])\s*([^{}]+?)\s*\{/g)]
      .map((m) => m[1]!)
      .filter((s) => !s.startsWith('@'));
    expect(selectors.length).toBeGreaterThan(min);
    for (const list of selectors) {
      for (const selector of list.split(',')) {
        expect(selector.trim(), 'selector').toMatch(/^\.fl-/);
      }
    }
  });
});
