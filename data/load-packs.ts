/**
 * Node-side loading of story packs from disk: used by the build (wxt.config.ts),
 * the `detect` command and tests. Throws PackError naming the file and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { StoryPackSchema, type StoryPack } from './schema';
import { formatPackIssues, PackError } from './pack-errors';

/** Parses one pack's JSON text; `file` is only used in messages. */
export function parsePack(file: string, json: string): StoryPack {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new PackError(file, [`${file}: not valid JSON (${(e as Error).message})`]);
  }
  const result = StoryPackSchema.safeParse(raw);
  if (!result.success) throw new PackError(file, formatPackIssues(file, result.error));
  const expectedId = file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  if (result.data.id !== expectedId) {
    throw new PackError(file, [
      `${file}: id: "${result.data.id}" must match the file name "${expectedId}"`,
    ]);
  }
  return result.data;
}

/** Loads and validates every `*.json` pack in a directory, sorted by file name. */
export function loadPackDir(dir: string): StoryPack[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const packs = files.map((f) => {
    const path = join(dir, f);
    return parsePack(relative(process.cwd(), path) || path, readFileSync(path, 'utf8'));
  });
  const ids = packs.map((p) => p.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new PackError(dir, [`${dir}: two packs share the id "${dup}"`]);
  return packs;
}

/** Build hook: validates all packs or throws with a readable message. */
export function validatePackDir(dir: string): void {
  loadPackDir(dir);
}
