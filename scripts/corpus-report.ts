/**
 * `npm run corpus`: precision/recall of the detector per language on
 *  1. ../shared/corpus-dev (real third-party texts; read at run time, never copied) when present;
 *  2. the project's own fixtures, tests/fixtures/corpus/<lang>/<expect>-<slug>.html.
 * Lists every miss and false positive. Never fails because a corpus is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { loadPackDir } from '../data/load-packs';
import { compile } from '../lib/detect';
import type { Detection } from '../lib/detect';
import type { PageText } from '../lib/page-text';
import { extractPageText } from '../lib/extract';

const root = resolve(import.meta.dirname, '..');
const detector = compile(loadPackDir(join(root, 'data/stories')));
const verbose = process.argv.includes('--verbose');

type Expect = 'primary' | 'passing' | 'none';
interface Row {
  lang: string;
  name: string;
  expect: Expect;
  got: Detection;
  why: string;
}

/** Plain text → blocks: one block per non-empty line, no structure (like the CLI's .txt path). */
function textPage(text: string, title?: string): PageText {
  const blocks = text
    .split(/\r?\n/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, kind: 'other' as const }));
  return { blocks, ...(title ? { title } : {}) };
}

function parseDev(file: string): { head: Record<string, string>; body: string } {
  const text = readFileSync(file, 'utf8');
  const sep = text.indexOf('\n---\n');
  const head: Record<string, string> = {};
  for (const line of text.slice(0, sep).split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line);
    if (m) head[m[1]!] = m[2]!;
  }
  return { head, body: text.slice(sep + 5) };
}

/** A header title without the corpus's annotations; undefined when the page had none. */
function cleanTitle(t: string | undefined): string | undefined {
  if (!t || t.startsWith('(not returned')) return undefined;
  return t.replace(/\s*\[[^\]]*\].*$/, '').trim() || undefined;
}

/** The header's date as YYYY-MM-DD, when it is a full date. */
function headerDate(d: string | undefined): string | undefined {
  const m = /^\d{4}-\d{2}-\d{2}/.exec(d ?? '');
  return m?.[0];
}

function devRows(dir: string, withTitle: boolean, withDate = false): Row[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const { head, body } = parseDev(join(dir, f));
      const page = textPage(body, withTitle ? cleanTitle(head.title) : undefined);
      const published = withDate ? headerDate(head.date) : undefined;
      if (published) page.published = published;
      const expect: Expect = head.label === 'positive' ? 'primary' : 'none';
      return {
        lang: head.lang ?? '?',
        name: f,
        expect,
        got: detector.detect(page),
        why: head.why ?? '',
      };
    });
}

function ownRows(dir: string): Row[] {
  const rows: Row[] = [];
  const window = new Window();
  for (const lang of readdirSync(dir).sort()) {
    const langDir = join(dir, lang);
    if (!statSync(langDir).isDirectory()) continue;
    for (const f of readdirSync(langDir).sort()) {
      const m = /^(primary|passing|none)-.+\.html$/.exec(f);
      if (!m) continue;
      const html = readFileSync(join(langDir, f), 'utf8');
      const doc = new window.DOMParser().parseFromString(html, 'text/html');
      const { page } = extractPageText(doc as unknown as Document);
      rows.push({
        lang,
        name: `${lang}/${f}`,
        expect: m[1] as Expect,
        got: detector.detect(page),
        why: '',
      });
    }
  }
  return rows;
}

const pct = (n: number, d: number) => (d === 0 ? '  -  ' : (n / d).toFixed(2).padStart(5));

function report(title: string, rows: Row[], strengthCheck: boolean): void {
  console.log(`\n== ${title}: ${rows.length} texts`);
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  const total = { tp: 0, fp: 0, fn: 0, strengthOk: 0, pos: 0 };
  console.log('lang   pos neg   TP FP FN  prec   rec  strength-ok');
  for (const lang of [...langs, 'ALL']) {
    const rs = lang === 'ALL' ? rows : rows.filter((r) => r.lang === lang);
    const pos = rs.filter((r) => r.expect !== 'none');
    const tp = pos.filter((r) => r.got.story).length;
    const fp = rs.filter((r) => r.expect === 'none' && r.got.story).length;
    const okStrength = rs.filter((r) => (r.got.strength ?? 'none') === r.expect).length;
    if (lang !== 'ALL') Object.assign(total, { tp: total.tp + tp });
    console.log(
      `${lang.padEnd(5)} ${String(pos.length).padStart(4)} ${String(rs.length - pos.length).padStart(3)}  ` +
        `${String(tp).padStart(3)} ${String(fp).padStart(2)} ${String(pos.length - tp).padStart(2)} ` +
        `${pct(tp, tp + fp)} ${pct(tp, pos.length)}  ${strengthCheck ? `${okStrength}/${rs.length}` : ''}`,
    );
  }
  const primaryLookalikes = rows.filter((r) => r.expect === 'none' && r.got.strength === 'primary');
  console.log(`look-alikes reported primary: ${primaryLookalikes.length}`);
  for (const r of rows) {
    const bad = (r.expect !== 'none') !== Boolean(r.got.story);
    const wrongStrength = strengthCheck && !bad && (r.got.strength ?? 'none') !== r.expect;
    if (!bad && !wrongStrength && !verbose) continue;
    const kind = bad
      ? r.expect === 'none'
        ? 'FALSE POSITIVE'
        : 'MISS'
      : wrongStrength
        ? 'STRENGTH'
        : 'ok';
    console.log(
      `  ${kind.padEnd(14)} ${r.name} expect=${r.expect} got=${r.got.strength ?? 'none'} ` +
        `score=${r.got.score} [${(r.got.signals ?? []).join(' ')}]${r.why ? `\n      why: ${r.why}` : ''}`,
    );
  }
}

// `--set DIR`: another folder of texts in the corpus-dev format (e.g. a blind set kept
// outside the repository), reported the same way.
const setIndex = process.argv.indexOf('--set');
if (setIndex > 0 && process.argv[setIndex + 1]) {
  const dir = resolve(process.argv[setIndex + 1]!);
  report(`${dir}, without title`, devRows(dir, false), false);
  process.exit(0);
}

const devDir = resolve(root, '../shared/corpus-dev');
if (existsSync(devDir)) {
  report('corpus-dev, without title (main number)', devRows(devDir, false), false);
  report('corpus-dev, with the header title', devRows(devDir, true), false);
  report(
    'corpus-dev, with the header date as publication date',
    devRows(devDir, false, true),
    false,
  );
} else {
  console.log('\n(corpus-dev not found at ../shared/corpus-dev: skipped)');
}
const ownDir = join(root, 'tests/fixtures/corpus');
if (existsSync(ownDir)) report('own corpus (tests/fixtures/corpus)', ownRows(ownDir), true);
else console.log('\n(own corpus not found: skipped)');
