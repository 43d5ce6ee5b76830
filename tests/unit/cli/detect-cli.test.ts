/**
 * The `detect` command as a user runs it: a child process on temp files, from
 * another working directory, checking the JSON-line format, exit status and
 * every kind of bad input.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCRIPT = join(ROOT, 'scripts/detect.ts');
const TSX = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const FIXTURE = join(ROOT, 'tests/fixtures/html/news-article-en.html');
const TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
}

let dir: string;

function run(args: string[], stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', TSX, SCRIPT, ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = stdout
        .split('\n')
        .filter((l) => l.startsWith('{')) // --help prints prose
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      resolve({ code, stdout, stderr, lines });
    });
    child.stdin.end(stdin);
  });
}

/** A passing result line: exactly the documented fields, with the documented types. */
function expectResultLine(line: Record<string, unknown>): void {
  expect(Object.keys(line)).toEqual(['file', 'story', 'strength', 'score', 'passages']);
  expect(line.story === null || typeof line.story === 'string').toBe(true);
  expect([null, 'primary', 'passing']).toContain(line.strength);
  expect(typeof line.score).toBe('number');
  for (const p of line.passages as Record<string, unknown>[]) {
    expect(Object.keys(p)).toEqual(['text', 'questions']);
    expect(typeof p.text).toBe('string');
    expect((p.questions as unknown[]).every((q) => typeof q === 'string')).toBe(true);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'factline-detect-'));
  mkdirSync(join(dir, 'a-directory'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), ' \n\n\t \n');
  writeFileSync(
    join(dir, 'image.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(join(dir, 'controls.bin'), Buffer.alloc(3000, 0x01));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from('caf\xe9 in Valdai\n', 'latin1'));
  writeFileSync(join(dir, 'huge.html'), '');
  truncateSync(join(dir, 'huge.html'), 50 * 1024 * 1024); // sparse: no 50 MB written
  writeFileSync(
    join(dir, 'weather.txt'),
    'Weekend forecast\n\nRain in the west, sun in the east.\n',
  );
  // Russian in windows-1251, declared in the page, as older sites still serve it.
  const cp1251 = Buffer.concat([
    Buffer.from('<html lang="ru"><head><meta charset="windows-1251"></head><body><article><p>'),
    Buffer.from([0xcf, 0xf3, 0xf2, 0xe8, 0xed]), // "Путин"
    Buffer.from(
      ' and Lavrov: 91 drones attacked the Novgorod residence.</p></article></body></html>',
    ),
  ]);
  writeFileSync(join(dir, 'legacy.html'), cp1251);
  // An app shell saved before its scripts ran: the story is only in JSON-LD.
  const article = {
    '@type': 'NewsArticle',
    headline: "Russia says Ukrainian drones targeted Putin's residence in Novgorod region",
    articleBody:
      'Foreign minister Sergei Lavrov said 91 drones had been launched at the presidential residence near Valdai.\nKyiv called the claim a lie.',
  };
  writeFileSync(
    join(dir, 'app-shell.html'),
    `<html><head><script type="application/ld+json">${JSON.stringify(article)}</script></head>` +
      '<body><div id="root"></div><script src="/app.js"></script></body></html>',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('detect command', () => {
  it('prints usage for --help and exits 0', { timeout: TIMEOUT }, async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run detect -- /);
  });

  it(
    'prints usage on stderr and exits 2 without files or with an unknown option',
    { timeout: TIMEOUT },
    async () => {
      const none = await run([]);
      expect(none.code).toBe(2);
      expect(none.stdout).toBe('');
      expect(none.stderr).toMatch(/Usage:/);
      const bad = await run(['--frobnicate', 'x.txt']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/unknown option --frobnicate/);
    },
  );

  it(
    'reports each kind of bad input on its own line and exits 1',
    { timeout: TIMEOUT },
    async () => {
      const expected: [string, RegExp][] = [
        ['missing.html', /^no such file$/],
        ['a-directory', /^is a directory$/],
        ['empty.txt', /^file is empty$/],
        ['blank.txt', /^file is empty \(only whitespace\)$/],
        ['image.png', /^binary data \(contains NUL bytes\)/],
        ['controls.bin', /^binary data \(mostly control characters\)/],
        ['latin1.txt', /^not valid UTF-8/],
        ['huge.html', /^file is too large \(50\.0 MB; the limit is 20 MB\)$/],
      ];
      const r = await run(expected.map(([f]) => f));
      expect(r.code).toBe(1);
      expect(r.lines.map((l) => l.file)).toEqual(expected.map(([f]) => f));
      r.lines.forEach((line, i) => {
        expect(Object.keys(line)).toEqual(['file', 'error']);
        expect(line.error).toMatch(expected[i]![1]);
      });
      const messages = r.stderr.trim().split('\n');
      expect(messages).toHaveLength(expected.length);
      messages.forEach((m, i) => expect(m.startsWith(`detect: ${expected[i]![0]}: `)).toBe(true));
    },
  );

  it('still checks the good files among bad ones, in order', { timeout: TIMEOUT }, async () => {
    const files = [FIXTURE, 'missing.txt', 'weather.txt', 'legacy.html', 'app-shell.html'];
    const r = await run(files);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.file)).toEqual(files);
    const [article, missing, weather, legacy, shell] = r.lines as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    for (const line of [article, weather, legacy, shell]) expectResultLine(line);
    expect(missing).toEqual({ file: 'missing.txt', error: 'no such file' });
    expect(article).toMatchObject({ story: 'novgorod-residence-claim', strength: 'primary' });
    expect((article.passages as { text: string }[]).some((p) => p.text.includes('91 drones'))).toBe(
      true,
    );
    expect(weather).toMatchObject({ story: null, strength: null, passages: [] });
    // The windows-1251 page was decoded, not refused.
    expect(legacy.story).toBe('novgorod-residence-claim');
    expect(JSON.stringify(legacy.passages)).toContain('Путин');
    // No rendered text: the JSON-LD article stands in.
    expect(shell.story).toBe('novgorod-residence-claim');
  });

  it('exits 0 when every file was read, including stdin as -', { timeout: TIMEOUT }, async () => {
    const r = await run(['weather.txt', '-'], 'Kyiv denied it.\n\nNothing else happened.\n');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.lines.map((l) => l.file)).toEqual(['weather.txt', '-']);
    r.lines.forEach(expectResultLine);
  });
});
