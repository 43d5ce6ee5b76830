/** Shared helpers for detector tests: the real pack's rules and tiny page builders. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackDir } from '../../../data/load-packs';
import { compile, type Detection } from '../../../lib/detect';
import type { BlockKind, PageText } from '../../../lib/page-text';

export const stories = loadPackDir(join(import.meta.dirname, '../../../data/stories'));
export const detector = compile(stories);
export const STORY = 'novgorod-residence-claim';

/** A page of unstructured text (like the CLI's .txt path): one `other` block per paragraph. */
export function textPage(text: string, extra: Partial<PageText> = {}): PageText {
  const blocks = text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ text: t, kind: 'other' as BlockKind }));
  return { blocks, ...extra };
}

/** A structured page from [kind, text] pairs. */
export function page(blocks: Array<[BlockKind, string]>, extra: Partial<PageText> = {}): PageText {
  return { blocks: blocks.map(([kind, text]) => ({ kind, text })), ...extra };
}

export const run = (p: PageText): Detection => detector.detect(p);
export const strengthOf = (text: string, extra: Partial<PageText> = {}) =>
  run(textPage(text, extra)).strength;

/** Neutral filler sentences (own words), to make articles long. */
export function filler(sentences: number): string {
  const pool = [
    'The city council approved a new budget for road repairs after a long debate.',
    'Local farmers said the dry summer had cut the wheat harvest by almost a fifth.',
    'A new bridge over the river is expected to open to traffic next spring.',
    'Schools in the region will receive additional funding for computer classes.',
    'The museum reopened its main hall after two years of restoration work.',
    'Economists expect inflation to slow slightly during the first quarter.',
    'Rail operators announced extra trains for the holiday period.',
    'The football club signed two young players from the national league.',
  ];
  return Array.from({ length: sentences }, (_, i) => pool[i % pool.length]).join(' ');
}

/** The own corpus (tests/fixtures/corpus/<lang>/<expect>-<slug>.html): its files, sorted. */
export const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');
export function corpusFiles(): string[] {
  return existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((lang) => statSync(join(CORPUS, lang)).isDirectory())
        .flatMap((lang) => readdirSync(join(CORPUS, lang)).map((f) => `${lang}/${f}`))
        .filter((f) => f.endsWith('.html'))
        .sort()
    : [];
}

/** A corpus file as a document (happy-dom would fetch external scripts and styles: their URLs are dropped). */
export function corpusDocument(file: string): Document {
  const html = readFileSync(join(CORPUS, file), 'utf8').replace(
    /<(script|link)\b([^>]*?)\s(?:src|href)="[^"]*"/g,
    '<$1$2',
  );
  return new DOMParser().parseFromString(html, 'text/html');
}
