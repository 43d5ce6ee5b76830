/**
 * WCAG AA for the theme: reads the light and dark `--fl-*` tokens out of
 * components/factline.css and checks every foreground/background pair the
 * components use. Text needs 4.5:1 (all our text is under 18.66 px bold);
 * the focus ring and timeline dots, as non-text UI, need 3:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('components/factline.css', 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function tokens(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of block.matchAll(/--fl-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)) out.set(m[1]!, m[2]!);
  return out;
}

const light = tokens(css.slice(0, darkStart));
const dark = new Map([...light, ...tokens(css.slice(darkStart, css.indexOf('}\n}', darkStart)))]);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// [foreground, background] as used in factline.css and popup.css.
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-strong'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['focus', 'bg'], // links
  ['focus', 'surface'],
  ['status-text', 'status-bg'],
  ['chip-text', 'chip-bg'],
  ['chip-text', 'bg'],
  ['mark-text', 'mark-bg'],
  ['affirms-text', 'affirms-bg'],
  ['denies-text', 'denies-bg'],
  ['doubts-text', 'doubts-bg'],
  ['undecided-text', 'undecided-bg'],
  ['none-text', 'none-bg'],
  ['text-muted', 'surface-strong'],
];
const UI_PAIRS: [string, string][] = [
  ['focus', 'bg'],
  ['focus', 'surface'],
  ['focus', 'surface-strong'],
  ['brand', 'bg'], // timeline dots and note bullets
  // the glance's stance dots
  ['affirms-text', 'surface'],
  ['denies-text', 'surface'],
  ['doubts-text', 'surface'],
  ['undecided-text', 'surface'],
  ['none-text', 'surface'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, theme) => {
  const get = (token: string) => {
    const value = theme.get(token);
    if (!value) throw new Error(`--fl-${token} is not defined as #rrggbb`);
    return value;
  };

  it.each(TEXT_PAIRS)('text --fl-%s on --fl-%s reaches 4.5:1', (fg, bg) => {
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('UI --fl-%s on --fl-%s reaches 3:1', (fg, bg) => {
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast()', () => {
  it('matches known WCAG values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('reads a dark value for every light token', () => {
    expect(darkStart).toBeGreaterThan(0);
    const darkOwn = tokens(css.slice(darkStart));
    for (const key of light.keys()) expect(darkOwn.has(key), `--fl-${key} in dark`).toBe(true);
  });
});
