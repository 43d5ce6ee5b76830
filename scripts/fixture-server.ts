/**
 * A tiny static server for the project's own fixture pages, on 127.0.0.1: used by
 * the end-to-end tests and by `npm run demo`. Serves:
 *   /corpus/<lang>/<file>.html  tests/fixtures/corpus (own-words news pages)
 *   /pages/<file>               tests/fixtures/pages (late-loading, SPA, demo index…)
 *   /spa/<anything>             the single-page-app fixture (client-side routes)
 * `?hostile=1` on any HTML page adds tests/fixtures/pages/hostile.css to it;
 * `?styled=1` adds tests/fixtures/pages/news-site.css (a news site's layout: the demo).
 * A malformed path (a bad `%` escape) is answered 400, not thrown.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  close(): Promise<void>;
}

function resolvePath(pathname: string): string | null | 'bad' {
  if (pathname === '/') return join(FIXTURES, 'pages/index.html');
  if (pathname.startsWith('/spa/') || pathname === '/spa') return join(FIXTURES, 'pages/spa.html');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'bad';
  }
  const clean = normalize(decoded).replace(/^[/\\]+/, '');
  if (clean.startsWith('..') || !/^(corpus|pages)\//.test(clean)) return null;
  return join(FIXTURES, clean);
}

/** Starts the server on a free port (or `port`). */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const hostileCss = await readFile(join(FIXTURES, 'pages/hostile.css'), 'utf8');
  const siteCss = await readFile(join(FIXTURES, 'pages/news-site.css'), 'utf8');
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = resolvePath(url.pathname);
    if (file === 'bad') {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    readFile(file, 'utf8').then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (type.startsWith('text/html') && url.searchParams.get('styled') === '1') {
          body = body.replace('</head>', `<style id="news-site">${siteCss}</style></head>`);
        }
        if (type.startsWith('text/html') && url.searchParams.get('hostile') === '1') {
          body = body.replace('</head>', `<style id="hostile">${hostileCss}</style></head>`);
        }
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
