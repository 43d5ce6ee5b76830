/**
 * Node-side loading of story packs from disk: used by the build (wxt.config.ts), the
 * command-line tools and tests. A pack is a folder, data/stories/<id>/:
 *   story.json       what readers are shown (StoryContentSchema)
 *   detection.json   the detection rules without their terms: groups (with `trigger`),
 *                    patterns, topics, thresholds (lib/detect/rules-schema.ts)
 *   terms/<lang>.json  one language's terms: { "<group>": { terms, notAfter, notBefore } }
 * Every file is validated; errors name the file and the field (PackError).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LangCodeSchema, RuleIdSchema, TermSchema } from '../lib/detect/rules-schema';
import { z } from '../lib/zod';
import { StoryPackSchema, type StoryPack } from './schema';
import { fieldPath, formatPackIssues, PackError } from './pack-errors';

/** One language's terms file. */
const TermListSchema = z.array(TermSchema).min(1);
export const LangTermsFileSchema = z.record(
  RuleIdSchema,
  z.strictObject({
    terms: TermListSchema.optional(),
    notAfter: TermListSchema.optional(),
    notBefore: TermListSchema.optional(),
  }),
);

/** The parts of a pack as read from its files (file names for messages). */
export interface PackParts {
  dir: string;
  story: unknown;
  detection: unknown;
  terms: Record<string, unknown>;
}

const rel = (path: string) => relative(process.cwd(), path) || path;

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new PackError(rel(file), [`${rel(file)}: not valid JSON (${(e as Error).message})`]);
  }
}

/** Reads a pack folder's files (not yet validated). */
export function readPackParts(dir: string): PackParts {
  const termsDir = join(dir, 'terms');
  const terms: Record<string, unknown> = {};
  if (existsSync(termsDir)) {
    for (const f of readdirSync(termsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      terms[f.replace(/\.json$/, '')] = readJson(join(termsDir, f));
    }
  }
  return {
    dir,
    story: readJson(join(dir, 'story.json')),
    detection: readJson(join(dir, 'detection.json')),
    terms,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Validates and merges a pack's parts; throws PackError naming each bad file and field. */
export function parsePackParts(parts: PackParts): StoryPack {
  const d = rel(parts.dir);
  const storyFile = `${d}/story.json`;
  const detectionFile = `${d}/detection.json`;
  const lines: string[] = [];
  const groups =
    isRecord(parts.detection) && isRecord(parts.detection.groups) ? parts.detection.groups : {};
  const merged: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [lang, raw] of Object.entries(parts.terms)) {
    const file = `${d}/terms/${lang}.json`;
    if (!LangCodeSchema.safeParse(lang).success) {
      lines.push(`${file}: (file name): "${lang}" is not a language code`);
      continue;
    }
    const parsed = LangTermsFileSchema.safeParse(raw);
    if (!parsed.success) {
      lines.push(...formatPackIssues(file, parsed.error));
      continue;
    }
    for (const [group, fields] of Object.entries(parsed.data)) {
      if (!(group in groups)) {
        lines.push(`${file}: ${group}: unknown group (groups are listed in detection.json)`);
        continue;
      }
      for (const [field, list] of Object.entries(fields)) {
        ((merged[group] ??= {})[field] ??= {})[lang] = list;
      }
    }
  }
  if (lines.length) throw new PackError(d, lines);

  const detection = isRecord(parts.detection)
    ? {
        ...parts.detection,
        groups: Object.fromEntries(
          Object.entries(groups).map(([g, v]) => [
            g,
            { terms: {}, ...(isRecord(v) ? v : {}), ...merged[g] },
          ]),
        ),
      }
    : parts.detection;
  const pack = isRecord(parts.story) ? { ...parts.story, detection } : parts.story;
  const result = StoryPackSchema.safeParse(pack);
  if (!result.success) {
    throw new PackError(
      d,
      result.error.issues.map((issue) => {
        const [first, second, group, field, lang] = issue.path;
        if (first !== 'detection')
          return `${storyFile}: ${fieldPath(issue.path)}: ${issue.message}`;
        // A term's own error belongs to its language's file.
        if (second === 'groups' && typeof lang === 'string' && field !== 'trigger') {
          const rest = issue.path.slice(5);
          return `${d}/terms/${lang}.json: ${fieldPath([String(group), String(field), ...rest])}: ${issue.message}`;
        }
        return `${detectionFile}: ${fieldPath(issue.path.slice(1))}: ${issue.message}`;
      }),
    );
  }
  const expectedId = d.replace(/^.*[\\/]/, '');
  if (result.data.id !== expectedId) {
    throw new PackError(d, [
      `${storyFile}: id: "${result.data.id}" must match the folder name "${expectedId}"`,
    ]);
  }
  return result.data;
}

/** Loads and validates one pack folder. */
export function loadPack(dir: string): StoryPack {
  return parsePackParts(readPackParts(dir));
}

/** Loads and validates every pack (each folder with a story.json) in a directory, sorted by id. */
export function loadPackDir(dir: string): StoryPack[] {
  const folders = readdirSync(dir)
    .filter((f) => statSync(join(dir, f)).isDirectory() && existsSync(join(dir, f, 'story.json')))
    .sort();
  return folders.map((f) => loadPack(join(dir, f)));
}

/** Build hook: validates all packs or throws with a readable message. */
export function validatePackDir(dir: string): void {
  loadPackDir(dir);
}

/** The files a pack is made of (for the build's watch list). */
export function packFiles(dir: string, id: string): string[] {
  const pack = join(dir, id);
  const termsDir = join(pack, 'terms');
  const terms = existsSync(termsDir) ? readdirSync(termsDir).map((f) => join(termsDir, f)) : [];
  return [join(pack, 'story.json'), join(pack, 'detection.json'), ...terms];
}
