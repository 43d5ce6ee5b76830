/**
 * Conventions for the settings views: components/settings never reach for
 * extension APIs; their CSS is px-only and scoped under fl- classes (it shares the
 * popup with the story views); the tokens it adds reach WCAG AA in both schemes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = 'components/settings';
const sources = readdirSync(dir)
  .filter((f) => /\.(ts|tsx)$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

describe('components/settings', () => {
  it.each(sources)('$file imports no extension API, storage or pack data', ({ text }) => {
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) {
      expect(spec).not.toMatch(/^wxt|^#imports|webextension-polyfill|@wxt-dev|store'?$|data\//);
    }
    expect(text).not.toMatch(/\b(browser|chrome)\.\w+/);
  });

  it.each([
    ['components/settings/settings.css', 40],
    ['entrypoints/options/options.css', 4],
    ['components/pages.css', 8],
  ])('%s: px only, every selector under an fl- class', (file, min) => {
    const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    // rem follows the page's root size; em (letter-spacing) follows our own px sizes.
    expect(css).not.toMatch(/\d(\.\d+)?rem\b/);
    const selectors = [...css.matchAll(/(?<=^|[{}])\s*([^{}]+?)\s*\{/g)]
      .map((m) => m[1]!)
      .filter((s) => !s.startsWith('@') && !/^(html|body)\b/.test(s));
    expect(selectors.length).toBeGreaterThan(min);
    for (const list of selectors) {
      for (const selector of list.split(',')) expect(selector.trim()).toMatch(/^\.fl-/);
    }
  });
});

// ---- Contrast ------------------------------------------------------------

function tokens(css: string): { light: Map<string, string>; dark: Map<string, string> } {
  const read = (block: string) =>
    new Map(
      [...block.matchAll(/--fl-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
    );
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  const darkEnd = css.indexOf('}\n}', darkStart);
  return { light: read(css.slice(0, darkStart)), dark: read(css.slice(darkStart, darkEnd)) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const base = tokens(readFileSync('components/factline.css', 'utf8'));
const own = tokens(readFileSync('components/settings/settings.css', 'utf8'));
const schemes = {
  light: new Map([...base.light, ...own.light]),
  dark: new Map([...base.light, ...base.dark, ...own.light, ...own.dark]),
};

// [foreground, background] pairs that settings.css and options.css draw.
const TEXT: [string, string][] = [
  ['text', 'card'],
  ['text-muted', 'card'],
  ['text', 'page'],
  ['text-muted', 'page'],
  ['text', 'selected-bg'], // a chosen option
  ['text-muted', 'selected-bg'],
  ['focus', 'card'], // "Remove" buttons
  ['focus', 'bg'],
  ['error', 'card'],
  ['error', 'bg'],
  ['on-brand', 'brand'], // the chosen segment in the popup
  ['bg', 'text'], // the undo toast (inverse)
  ['bg', 'text-muted'], // the toast's button, hovered
  ['text', 'surface'], // segmented bar
];
const UI: [string, string][] = [
  ['brand', 'card'], // radio accent, chosen border, switch track
  ['brand', 'selected-bg'],
  ['focus', 'page'],
  ['text-muted', 'surface-strong'], // switch thumb (off)
  ['on-brand', 'brand'], // switch thumb (on)
];

describe.each(Object.entries(schemes))('%s scheme', (_name, theme) => {
  const get = (t: string) => theme.get(t) ?? expect.unreachable(`--fl-${t} missing`);
  it.each(TEXT)('text --fl-%s on --fl-%s reaches 4.5:1', (fg, bg) => {
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(UI)('UI --fl-%s on --fl-%s reaches 3:1', (fg, bg) => {
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(3);
  });
  it('defines every added token for dark too', () => {
    expect([...own.dark.keys()].sort()).toEqual([...own.light.keys()].sort());
  });
});
