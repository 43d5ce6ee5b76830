import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// The build itself refuses a bad pack (wxt.config.ts `build:before`), before it writes anything.
it('`wxt build` fails on an invalid pack with a message naming the file and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'factline-badpack-'));
  const pack = JSON.parse(readFileSync('data/stories/novgorod-residence-claim.json', 'utf8'));
  pack.positions[5].stance = 'maybe';
  writeFileSync(join(dir, 'novgorod-residence-claim.json'), JSON.stringify(pack));

  const res = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, FACTLINE_STORIES_DIR: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(res.status).not.toBe(0);
  expect(res.stdout + res.stderr).toMatch(/novgorod-residence-claim\.json: positions\[5\]\.stance: /);
}, 60_000);
