import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ID = 'novgorod-residence-claim';
const dir = mkdtempSync(join(tmpdir(), 'factline-badpack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The build itself refuses a bad pack (wxt.config.ts `build:before`), before it writes anything.
it('`wxt build` fails on an invalid pack with a message naming the file and field', () => {
  // A copy of the whole stories folder (every pack folder with its story, detection and terms),
  // with one position step's stance broken in the copy's story.json.
  cpSync('data/stories', dir, { recursive: true });
  const storyFile = join(dir, ID, 'story.json');
  const story = JSON.parse(readFileSync(storyFile, 'utf8'));
  story.positions[5].steps[0].stance = 'maybe';
  writeFileSync(storyFile, JSON.stringify(story, null, 2));

  const res = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, FACTLINE_STORIES_DIR: dir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const output = res.stdout + res.stderr;
  expect(res.status, output).not.toBe(0);
  expect(output).toMatch(
    new RegExp(`${ID}/story\\.json: positions\\[5\\]\\.steps\\[0\\]\\.stance: .*affirms`),
  );
  // Only the broken file is blamed: the copy's detection and terms files are fine.
  expect(output).not.toMatch(/detection\.json: |terms\/[a-z]+\.json: /);
}, 60_000);
