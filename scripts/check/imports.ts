/**
 * The layers of the code base and the rules that hold them, checked over the import
 * graph (type-only imports included: a type import is still a dependency of the file):
 *
 *   entrypoints/  the browser's entry scripts: thin, each its own; may use every layer below
 *   extension/    the only code besides entrypoints that touches extension APIs (storage, messaging)
 *   components/   Preact views: props in, events out; no extension API
 *   lib/          pure logic (detection, extraction, formatting, i18n, settings rules); no extension API, no views
 *   data/         story packs, their schema and loaders; imports only schema code from lib/
 *   scripts/      command-line tools, benchmarks and the build's pack preparation
 *
 * and no import cycle anywhere. `npm run check` runs `scripts/check-layers.ts`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { filesUnder } from './files';

export const LAYERS = ['entrypoints', 'extension', 'components', 'lib', 'data', 'scripts'] as const;
export type Layer = (typeof LAYERS)[number];

/** Packages that are extension APIs or bind to them. */
const EXTENSION_PACKAGES = /^(wxt|wxt\/.*|#imports|@wxt-dev\/.*|webextension-polyfill)$/;

/** Extension API calls through the globals (`chrome.tabs…`, `browser.runtime…`). */
const EXTENSION_GLOBALS =
  /\b(?:chrome|browser)\s*\.\s*(?:runtime|storage|tabs|scripting|action|i18n|permissions|alarms|windows|webNavigation)\b/;

/** Files of lib/ that data/ may import: the schema code its packs are checked with. */
const SCHEMA_CODE = new Set([
  'lib/zod.ts',
  'lib/iso-date.ts',
  'lib/i18n/langs.ts',
  'lib/detect/rules-schema.ts',
  'lib/detect/date-groups.ts',
]);
/** …and files of lib/ it may import types from (the shapes of what the build prepares). */
const SCHEMA_TYPES = new Set([
  'lib/detect/index.ts',
  'lib/detect/trigger-test.ts',
  'lib/detect/trigger-gate.ts',
]);

/** Which layers each layer may import (itself included). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  entrypoints: ['entrypoints', 'extension', 'components', 'lib', 'data'],
  extension: ['extension', 'lib', 'data'],
  components: ['components', 'lib', 'data'],
  lib: ['lib', 'data'],
  data: ['data', 'lib'],
  scripts: ['scripts', 'lib', 'data', 'extension', 'components', 'entrypoints'],
};
/** Layers that must not reach extension APIs. */
const NO_EXTENSION_API: readonly Layer[] = ['components', 'lib', 'data'];

export interface Import {
  /** The specifier as written. */
  spec: string;
  /** Repository-relative path of the imported source file (relative specifiers only). */
  target?: string;
  typeOnly: boolean;
}

export interface SourceFile {
  path: string;
  layer: Layer;
  imports: Import[];
  /** Whether the code (comments removed) calls an extension API through a global. */
  usesExtensionGlobals: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
const IMPORT =
  /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

const stripComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

function resolve(root: string, from: string, spec: string): string | undefined {
  const base = join(root, dirname(from), spec);
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}.d.ts`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile())
      return relative(root, candidate).split(sep).join('/');
  }
  return undefined;
}

/** Reads the source files of every layer under `root` and their imports. */
export function readSources(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const read = (path: string, layer: Layer) => {
    const code = stripComments(readFileSync(join(root, path), 'utf8'));
    const imports: Import[] = [];
    for (const m of code.matchAll(IMPORT)) {
      const spec = m[3] ?? m[4]!;
      const typeOnly = Boolean(m[2]) || (m[4] !== undefined && /\.d\.ts$/.test(path));
      imports.push({
        spec,
        typeOnly,
        ...(spec.startsWith('.') ? { target: resolve(root, path, spec) } : {}),
      });
    }
    files.push({ path, layer, imports, usesExtensionGlobals: EXTENSION_GLOBALS.test(code) });
  };
  for (const layer of LAYERS) {
    if (!existsSync(join(root, layer))) continue;
    for (const path of filesUnder(root, layer))
      if (SOURCE.test(path.slice(path.lastIndexOf('/') + 1))) read(path, layer);
  }
  return files;
}

const layerOf = (path: string): Layer | undefined => LAYERS.find((l) => path.startsWith(`${l}/`));

/** Every broken layer rule, as one line each ("file: what it must not do"). */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const noApi = NO_EXTENSION_API.includes(f.layer);
    if (noApi && f.usesExtensionGlobals)
      out.push(`${f.path}: calls an extension API (${f.layer}/ has none)`);
    for (const imp of f.imports) {
      if (noApi && EXTENSION_PACKAGES.test(imp.spec)) {
        out.push(`${f.path}: imports ${imp.spec}, an extension API (${f.layer}/ has none)`);
      }
      if (!imp.target) continue;
      const to = layerOf(imp.target);
      if (!to) continue;
      if (!MAY_IMPORT[f.layer].includes(to)) {
        out.push(`${f.path}: imports ${imp.target} (${f.layer}/ may not import ${to}/)`);
      } else if (f.layer === 'data' && to === 'lib') {
        const ok = SCHEMA_CODE.has(imp.target) || (imp.typeOnly && SCHEMA_TYPES.has(imp.target));
        if (!ok)
          out.push(`${f.path}: imports ${imp.target} (data/ imports only schema code from lib/)`);
      } else if (f.layer === 'entrypoints' && to === 'entrypoints') {
        const own = (p: string) => p.split('/')[1];
        if (own(f.path) !== own(imp.target)) {
          out.push(`${f.path}: imports ${imp.target} (an entrypoint does not import another one)`);
        }
      }
    }
  }
  return out;
}

/** Import cycles (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map<string, string[]>();
  for (const f of files) {
    edges.set(f.path, [...new Set(f.imports.flatMap((i) => (i.target ? [i.target] : [])))]);
  }
  // Tarjan's algorithm, iterative (deep import chains must not overflow the stack).
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  for (const start of edges.keys()) {
    if (index.has(start)) continue;
    const work: Array<[string, number]> = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const out = edges.get(v) ?? [];
      if (i < out.length) {
        top[1]++;
        const w = out[i]!;
        if (!edges.has(w)) continue;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== v);
        if (scc.length > 1 || (edges.get(v) ?? []).includes(v)) cycles.push(scc.sort());
      }
    }
  }
  return cycles;
}
