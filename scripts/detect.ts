/**
 * `npm run detect -- <file>...`: runs the story detector on local .html and .txt
 * files (HTML through the same lib/extract code the extension uses, parsed by
 * happy-dom) and prints one JSON line per file. Bad input gets a message on
 * stderr and an `{"file","error"}` line; the other files are still processed.
 * Exit status: 0 all files read, 1 some file failed, 2 usage or setup error.
 */
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { loadPackDir } from '../data/load-packs';
import { compile, type CompiledDetector } from '../lib/detect';
import { extractPageText, MAX_CHARS } from '../lib/extract';
import { decodeBytes } from './detect/decode-bytes';
import { jsonLdArticleBlocks } from '../lib/extract/json-ld';
import { plainTextPage } from './detect/plain-text';
import { slimHtml } from './detect/slim-html';
import type { Detection } from '../lib/detect/types';
import type { PageText } from '../lib/page-text';

/** Larger files are refused before reading: saved pages are far smaller, and parsing is the cost. */
const MAX_BYTES = 20 * 1024 * 1024;
const PACK_DIR = fileURLToPath(new URL('../data/stories', import.meta.url));
const HTML_EXT = /\.(?:html?|xhtml|shtml)$/i;
const TEXT_EXT = /\.(?:txt|text|md)$/i;

const USAGE = `Usage: npm run detect -- [options] <file>...

Checks local .html and .txt files (or - for stdin) against the story packs in
data/stories and prints one JSON line per file:
  {"file","story","strength","score","passages":[{"text","questions"}]}
A file that cannot be read prints {"file","error"} and a message on stderr.
Files over ${MAX_BYTES / 1024 / 1024} MB are refused. Other extensions are sniffed (HTML or text).

Options:
  -h, --help   show this help
Exit status: 0 every file read, 1 some file failed, 2 usage or setup error.
`;

type Outcome = Record<string, unknown>;

/** The input cannot be read as a page: reported for that file, then the next file. */
class InputError extends Error {}
/** Nothing can be checked (packs invalid): stop with status 2. */
class SetupError extends Error {}

/** Reads a path (or stdin for "-") as bytes, refusing what is not a readable, non-huge file. */
function readBytes(file: string): Uint8Array {
  if (file === '-') {
    const bytes = readFileSync(0);
    if (bytes.length > MAX_BYTES) throw new InputError(tooLarge(bytes.length));
    return bytes;
  }
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError('is a directory');
    if (!st.isFile()) throw new InputError('not a regular file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(systemMessage(e));
  }
  if (size > MAX_BYTES) throw new InputError(tooLarge(size));
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(systemMessage(e));
  }
}

const tooLarge = (size: number): string =>
  `file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_BYTES / 1024 / 1024} MB)`;

function systemMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (e as Error).message;
}

/** HTML by extension, else by a look at the start of the text. */
function looksLikeHtml(file: string, text: string): boolean {
  if (HTML_EXT.test(file)) return true;
  if (TEXT_EXT.test(file)) return false;
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--)|<(?:p|div|article|body)[\s>]/i.test(
    text.slice(0, 2048),
  );
}

/** Below this much article text the HTML is taken for an app shell and JSON-LD fills in. */
const MIN_ARTICLE_CHARS = 300;

function htmlPage(window: Window, source: string): PageText {
  const { html } = slimHtml(source);
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const { page } = extractPageText(doc);
  const article = page.blocks.reduce(
    (n, b) => n + (b.kind === 'chrome' || b.kind === 'other' ? 0 : b.text.length),
    0,
  );
  if (article < MIN_ARTICLE_CHARS) page.blocks.push(...jsonLdArticleBlocks(doc, MAX_CHARS));
  return page;
}

function checkFile(file: string, session: Session): Outcome {
  const bytes = readBytes(file);
  // A legacy charset is honoured only where HTML could declare one.
  const decoded = decodeBytes(bytes, !TEXT_EXT.test(file));
  if ('error' in decoded) throw new InputError(decoded.error);
  const page = looksLikeHtml(file, decoded.text)
    ? htmlPage(session.window, decoded.text)
    : plainTextPage(decoded.text);
  const d = session.detect(page);
  return {
    file,
    story: d.story,
    strength: d.strength,
    score: Math.round(d.score * 1000) / 1000,
    passages: d.passages.map((p) => ({ text: p.text, questions: p.questions })),
  };
}

/** Splits arguments into files; returns an exit status instead when there is nothing to run. */
function parseArgs(args: string[]): string[] | number {
  const files: string[] = [];
  let options = true;
  for (const arg of args) {
    if (options && arg === '--') options = false;
    else if (options && (arg === '-h' || arg === '--help')) {
      process.stdout.write(USAGE);
      return 0;
    } else if (options && arg.startsWith('-') && arg !== '-') {
      process.stderr.write(`detect: unknown option ${arg}\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length > 0) return files;
  process.stderr.write(USAGE);
  return 2;
}

/** Packs and the DOM are set up on first need, so unreadable input is reported even when packs are broken. */
class Session {
  private detector: CompiledDetector | undefined;
  private win: Window | undefined;

  detect(page: PageText): Detection {
    if (!this.detector) {
      try {
        this.detector = compile(loadPackDir(PACK_DIR));
      } catch (e) {
        throw new SetupError(`cannot load story packs: ${(e as Error).message}`);
      }
    }
    return this.detector.detect(page);
  }

  get window(): Window {
    this.win ??= new Window({
      settings: {
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
        disableIframePageLoading: true,
        disableComputedStyleRendering: true,
        handleDisabledFileLoadingAsSuccess: true,
      },
    });
    return this.win;
  }

  async close(): Promise<void> {
    await this.win?.happyDOM.close();
  }
}

async function main(args: string[]): Promise<number> {
  const files = parseArgs(args);
  if (typeof files === 'number') return files;
  const session = new Session();
  let failed = 0;
  try {
    for (const file of files) {
      let line: Outcome;
      try {
        line = checkFile(file, session);
      } catch (e) {
        if (e instanceof SetupError) throw e;
        const message =
          e instanceof InputError ? e.message : `could not process: ${(e as Error).message}`;
        process.stderr.write(`detect: ${file}: ${message}\n`);
        line = { file, error: message };
        failed++;
      }
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } catch (e) {
    process.stderr.write(`detect: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await session.close();
  }
  return failed > 0 ? 1 : 0;
}

// `npm run detect -- … | head` closes the pipe early: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await main(process.argv.slice(2));
