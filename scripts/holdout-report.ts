/**
 * `npm run holdout`: measures the detector on the blind held-out set,
 * tests/fixtures/holdout/<lang>/<expect>-<nnn>.txt (expect: primary | passing | none).
 * The files are judged by the `detect` CLI itself (spawned, JSON lines parsed), so the
 * numbers are what `npm run detect` gives. Prints per-language and overall precision,
 * recall and strength accuracy, then every miss, false positive and strength mismatch.
 * Exit status 0 whatever the scores (this is a measurement, not a gate); 2 if detect fails.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

type Expect = 'primary' | 'passing' | 'none';

interface Row {
  lang: string;
  file: string;
  expect: Expect;
  story: string | null;
  strength: string | null;
  score: number;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  strengthOk: number;
}

const root = resolve(import.meta.dirname, '..');
const dir = join(root, 'tests/fixtures/holdout');
const NAME = /^(primary|passing|none)-\d+\.txt$/;

/** Every holdout file with its expectation, taken from the file name. */
function listFiles(): { lang: string; path: string; expect: Expect }[] {
  const out: { lang: string; path: string; expect: Expect }[] = [];
  for (const lang of readdirSync(dir).sort()) {
    const langDir = join(dir, lang);
    if (!statSync(langDir).isDirectory()) continue;
    for (const name of readdirSync(langDir).sort()) {
      const m = NAME.exec(name);
      if (m) out.push({ lang, path: join(langDir, name), expect: m[1] as Expect });
      else
        process.stderr.write(
          `holdout: skipping ${lang}/${name} (name is not <expect>-<nnn>.txt)\n`,
        );
    }
  }
  return out;
}

/** Runs the detect CLI once on all files; returns its JSON line per file path. */
function runDetect(paths: string[]): Map<string, Record<string, unknown>> {
  const tsx = join(root, 'node_modules/.bin/tsx');
  const res = spawnSync(tsx, [join(root, 'scripts/detect.ts'), '--', ...paths], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.error || (res.status !== 0 && res.status !== 1)) {
    process.stderr.write(res.stderr ?? '');
    throw new Error(`detect failed (${res.error?.message ?? `status ${res.status}`})`);
  }
  const byFile = new Map<string, Record<string, unknown>>();
  for (const line of res.stdout.split('\n')) {
    if (!line.trim()) continue;
    const obj = JSON.parse(line) as Record<string, unknown>;
    if (typeof obj.file === 'string') byFile.set(obj.file, obj);
  }
  return byFile;
}

function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, tn: 0, strengthOk: 0 };
}

function add(t: Tally, r: Row): void {
  const found = r.story !== null;
  if (r.expect === 'none') {
    if (found) t.fp++;
    else t.tn++;
  } else if (found) {
    t.tp++;
    if (r.strength === r.expect) t.strengthOk++;
  } else t.fn++;
}

const pct = (num: number, den: number): string =>
  den === 0 ? '   -  ' : `${((100 * num) / den).toFixed(1).padStart(5)}%`;

function line(label: string, t: Tally): string {
  const pos = t.tp + t.fn;
  const neg = t.fp + t.tn;
  return [
    label.padEnd(8),
    `pos ${String(pos).padStart(3)}`,
    `neg ${String(neg).padStart(3)}`,
    `precision ${pct(t.tp, t.tp + t.fp)}`,
    `recall ${pct(t.tp, pos)}`,
    `strength ${pct(t.strengthOk, t.tp)} (${t.strengthOk}/${t.tp})`,
    `FP ${t.fp}  FN ${t.fn}`,
  ].join('  ');
}

function main(): number {
  const files = listFiles();
  let results: Map<string, Record<string, unknown>>;
  try {
    results = runDetect(files.map((f) => f.path));
  } catch (e) {
    process.stderr.write(`holdout: ${(e as Error).message}\n`);
    return 2;
  }
  const rows: Row[] = files.map((f) => {
    const r = results.get(f.path) ?? {};
    if ('error' in r || !results.has(f.path))
      process.stderr.write(`holdout: ${f.path}: ${String(r.error ?? 'no result')}\n`);
    return {
      lang: f.lang,
      file: relative(root, f.path),
      expect: f.expect,
      story: typeof r.story === 'string' ? r.story : null,
      strength: typeof r.strength === 'string' ? r.strength : null,
      score: typeof r.score === 'number' ? r.score : 0,
    };
  });

  const total = emptyTally();
  const perLang = new Map<string, Tally>();
  for (const r of rows) {
    add(total, r);
    const t = perLang.get(r.lang) ?? emptyTally();
    add(t, r);
    perLang.set(r.lang, t);
  }

  console.log(`Holdout: ${rows.length} files in ${perLang.size} languages\n`);
  for (const [lang, t] of perLang) console.log(line(lang, t));
  console.log(`\n${line('overall', total)}\n`);

  const firstLine = (file: string): string =>
    (readFileSync(join(root, file), 'utf8').split('\n')[0] ?? '').slice(0, 90);
  const show = (title: string, list: Row[], what: (r: Row) => string): void => {
    console.log(`${title} (${list.length})`);
    for (const r of list) console.log(`  ${r.file}  ${what(r)}  | ${firstLine(r.file)}`);
    console.log('');
  };
  show(
    'Misses',
    rows.filter((r) => r.expect !== 'none' && r.story === null),
    (r) => `expected ${r.expect}, score ${r.score}`,
  );
  show(
    'False positives',
    rows.filter((r) => r.expect === 'none' && r.story !== null),
    (r) => `got ${r.strength}, score ${r.score}`,
  );
  show(
    'Strength mismatches',
    rows.filter((r) => r.expect !== 'none' && r.story !== null && r.strength !== r.expect),
    (r) => `expected ${r.expect}, got ${r.strength}, score ${r.score}`,
  );
  return 0;
}

process.exitCode = main();
