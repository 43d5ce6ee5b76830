/**
 * `npm test`: unit tests (vitest, happy-dom), then both builds, then end-to-end tests
 * (vitest driving real Chromium and Firefox against .output/). Prints one final line `N passed, N failed`,
 * which CI reads.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

const dir = mkdtempSync(join(tmpdir(), 'factline-test-'));

function run(name: string, config: string): VitestJson | null {
  const out = join(dir, `${name}.json`);
  const res = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    { stdio: 'inherit' },
  );
  if (!existsSync(out)) {
    console.error(`${name}: vitest exited with ${res.status} and wrote no report`);
    return null;
  }
  return JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
}

/** End-to-end tests load what is built: build both browsers first so they never test a stale build. */
function build(): boolean {
  for (const args of [
    ['run', 'build'],
    ['run', 'build:firefox'],
  ]) {
    const res = spawnSync('npm', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (res.status !== 0) {
      console.error(`npm ${args.join(' ')} failed`);
      return false;
    }
  }
  return true;
}

const unit = run('unit', 'vitest.config.ts');
const suites = [unit, build() ? run('e2e', 'vitest.e2e.config.ts') : null];
let passed = 0;
let failed = 0;
let skipped = 0;
for (const s of suites) {
  if (!s) {
    failed += 1; // a suite that could not run counts as a failure
    continue;
  }
  passed += s.numPassedTests;
  failed += s.numFailedTests + (s.success || s.numFailedTests > 0 ? 0 : 1);
  skipped += s.numPendingTests + s.numTodoTests;
}
if (skipped > 0) console.log(`${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
