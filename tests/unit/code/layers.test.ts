/**
 * The layer rules and the cycle check (scripts/check/imports.ts): true of this code
 * base, and each rule caught when a small made-up tree breaks it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, layerViolations, readSources } from '../../../scripts/check/imports';

const ROOT = join(import.meta.dirname, '../../..');

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'factline-layers-'));
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), code);
  }
  return root;
}

describe('layers and imports', () => {
  it('hold in this code base: no broken rule, no import cycle', () => {
    const files = readSources(ROOT);
    expect(files.length).toBeGreaterThan(150);
    expect(layerViolations(files)).toEqual([]);
    expect(importCycles(files)).toEqual([]);
  });

  it('catch each kind of broken rule', () => {
    const root = tree({
      'lib/view.ts': "import { Card } from '../components/Card';\nexport const v = Card;",
      'lib/store.ts': "import { storage } from '@wxt-dev/storage';\nexport const s = storage;",
      'lib/tabs.ts': 'export const q = () => chrome.tabs.query({});',
      'lib/ok.ts': '// chrome.tabs.query in a comment is no call\nexport const ok = 1;',
      'components/Card.tsx': "import { x } from '../entrypoints/popup/x';\nexport const Card = x;",
      'entrypoints/popup/x.ts': "import { y } from '../card/y';\nexport const x = y;",
      'entrypoints/card/y.ts': 'export const y = 1;',
      'data/pack.ts': "import { m } from '../lib/detect/matcher';\nexport const p = m;",
      'data/schema.ts': "import { z } from '../lib/zod';\nexport const s = z;",
      'lib/zod.ts': 'export const z = 1;',
      'lib/detect/matcher.ts': 'export const m = 1;',
    });
    const problems = layerViolations(readSources(root));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^lib\/view\.ts: imports components\/Card\.tsx \(lib\/ may not import components\/\)/,
        ),
        expect.stringMatching(/^lib\/store\.ts: imports @wxt-dev\/storage, an extension API/),
        expect.stringMatching(/^lib\/tabs\.ts: calls an extension API/),
        expect.stringMatching(/^components\/Card\.tsx: imports entrypoints\/popup\/x\.ts/),
        expect.stringMatching(
          /^entrypoints\/popup\/x\.ts: imports entrypoints\/card\/y\.ts \(an entrypoint does not import another one\)/,
        ),
        expect.stringMatching(
          /^data\/pack\.ts: imports lib\/detect\/matcher\.ts \(data\/ imports only schema code/,
        ),
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('find import cycles, type-only ones included', () => {
    const root = tree({
      'lib/a.ts': "import type { B } from './b';\nexport type A = B | 1;",
      'lib/b.ts': "import { c } from './c';\nexport type B = typeof c;",
      'lib/c.ts': "import type { A } from './a';\nexport const c: A | 2 = 2;",
      'lib/d.ts': "import { c } from './c';\nexport const d = c;",
    });
    expect(importCycles(readSources(root))).toEqual([['lib/a.ts', 'lib/b.ts', 'lib/c.ts']]);
  });
});
