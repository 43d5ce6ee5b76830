/**
 * The benchmark's pages, built in memory from the project's own fixtures (own words):
 * - plain: an unrelated news article (tests/fixtures/pages/bench-no-story.html), its
 *   paragraphs repeated in an article layout with navigation, related links and footer;
 * - near-miss: the look-alike articles of the corpus (tests/fixtures/corpus/<lang>/none-*:
 *   the May 2023 Kremlin drones, Valdai tourism, air defences near the residence, other
 *   residences, peace talks…) — war news that names Putin, drones, Novgorod or Valdai but
 *   is not the story — laid out the same way;
 * - story: a corpus article about the claim inside the same page chrome, 30 KB in all;
 * - live blog: a near-miss page that receives small near-miss posts after load.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../tests/e2e/harness';

const FIXTURES = join(ROOT, 'tests/fixtures');

/** The text of every <p> of an HTML file (the fixtures are plain, well-formed markup). */
function paragraphs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
    const text = m[1]!.replace(/<[^>]+>/g, '').trim();
    if (text.length > 40) out.push(text);
  }
  return out;
}

const escapeHtml = (s: string) =>
  s
    .replace(/&(?![a-z#0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

function plainParagraphs(): string[] {
  return paragraphs(readFileSync(join(FIXTURES, 'pages/bench-no-story.html'), 'utf8'));
}

/** Look-alike paragraphs from every language of the corpus, in a fixed order. */
function nearMissParagraphs(): string[] {
  const corpus = join(FIXTURES, 'corpus');
  const out: string[] = [];
  for (const lang of readdirSync(corpus).sort()) {
    if (lang.includes('.')) continue;
    for (const f of readdirSync(join(corpus, lang)).sort()) {
      if (f.startsWith('none-'))
        out.push(...paragraphs(readFileSync(join(corpus, lang, f), 'utf8')));
    }
  }
  return out;
}

const CHROME_TOP =
  '<header class="site-header"><a class="logo" href="/">The Northern Ledger</a>' +
  '<nav class="main-nav" aria-label="Main menu"><ul>' +
  ['Home', 'World', 'Europe', 'Politics', 'Business', 'Sport', 'Culture', 'Weather']
    .map((s, i) => `<li><a href="/s${i}">${s}</a></li>`)
    .join('') +
  '</ul></nav></header>';
const CHROME_BOTTOM =
  '<aside class="related"><h2>More from the Ledger</h2><ul>' +
  [
    'Council backs new transport plan',
    'Harbour festival returns after two years',
    'Library extends its opening hours',
    'Rain expected over the weekend',
  ]
    .map((s, i) => `<li><a href="/r${i}">${s}</a></li>`)
    .join('') +
  '</ul></aside><footer><p>© 2026 The Northern Ledger · Contact · Privacy</p></footer>';

function page(title: string, body: string, script = ''): string {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<style>body{font-family:Georgia,serif;margin:0 auto;max-width:720px;padding:0 16px}' +
    'nav ul{display:flex;gap:1em;list-style:none;padding:0}</style></head><body>' +
    `${CHROME_TOP}<main>${body}</main>${CHROME_BOTTOM}${script}</body></html>`
  );
}

/** Article markup of about `bytes` bytes, cycling through the paragraphs. */
function articleBody(title: string, paras: readonly string[], bytes: number): string {
  const parts = [`<article><h1>${escapeHtml(title)}</h1>`];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const p =
      i % 6 === 5
        ? `<h2>Section ${i / 6 + 1}</h2>`
        : `<p>${escapeHtml(paras[i % paras.length]!)}</p>`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  parts.push('</article>');
  return parts.join('\n');
}

export interface BenchPage {
  id: string;
  label: string;
  html: string;
  /** The page adds content after load (live blog): how many posts. */
  posts?: number;
}

export const KB = 1024;
export const MB = 1024 * 1024;

const sizeLabel = (bytes: number) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / KB} KB`);

export function plainPage(bytes: number): BenchPage {
  const title = 'Council backs new transport plan with more buses and night trams';
  return {
    id: `plain-${sizeLabel(bytes).replace(' ', '')}`,
    label: `plain news, ${sizeLabel(bytes)}`,
    html: page(title, articleBody(title, plainParagraphs(), bytes)),
  };
}

export function nearMissPage(bytes: number): BenchPage {
  const title = 'War news: drones, air defences and talks';
  return {
    id: `near-${sizeLabel(bytes).replace(' ', '')}`,
    label: `near-miss war news, ${sizeLabel(bytes)}`,
    html: page(title, articleBody(title, nearMissParagraphs(), bytes)),
  };
}

/** A corpus article (tests/fixtures/corpus/…) with related-links chrome, padded to about 30 KB. */
function corpusArticlePage(file: string, id: string, label: string): BenchPage {
  const html = readFileSync(join(FIXTURES, 'corpus', file), 'utf8');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Story';
  const article = paragraphs(html);
  const filler = plainParagraphs();
  const rail = `<aside class="more-news"><h2>Elsewhere</h2>${filler
    .slice(0, 8)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')}</aside>`;
  let body = `<article><h1>${escapeHtml(title)}</h1>${article.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article>`;
  const target = 30 * KB;
  let i = 0;
  while (Buffer.byteLength(body) + rail.length < target) {
    body += `<section class="teaser"><p>${escapeHtml(filler[i++ % filler.length]!)}</p></section>`;
  }
  return { id, label, html: page(title, body + rail) };
}

/** A corpus article about the claim, with related-links chrome; padded to about 30 KB. */
export const storyPage = (): BenchPage =>
  corpusArticlePage(
    'en/primary-lavrov-announces-drone-claim.html',
    'story-30KB',
    'story article, 30 KB (card shown)',
  );

/**
 * Single look-alike articles as a reader opens them (the near-miss pages above mix the
 * look-alike paragraphs of every language): one the background's screen spares the
 * extraction (Putin at the Valdai Club: no drone attack on a residence), one it does not
 * (the May 2023 drones over the Kremlin: an attack on "the president's residence").
 */
export const nearMissArticles = (): BenchPage[] => [
  corpusArticlePage(
    'en/none-valdai-club-putin-speech.html',
    'near-article-screened',
    'near-miss article, screened out, 30 KB',
  ),
  corpusArticlePage(
    'en/none-kremlin-drone-incident-2023.html',
    'near-article-kremlin',
    'near-miss article, Kremlin 2023, 30 KB',
  ),
];

/**
 * A near-miss live blog of about `bytes`, which prepends `posts` small near-miss posts
 * after load, one every `intervalMs` (the page's own script, as live blogs do).
 */
export function liveBlogPage(bytes: number, posts: number, intervalMs: number): BenchPage {
  const paras = nearMissParagraphs();
  const title = 'Live: the war in Ukraine, day by day';
  const feed = articleBody(title, paras, bytes).replace('<article>', '<article id="feed">');
  const postTexts = paras
    .slice(-posts * 2)
    .filter((_, i) => i % 2 === 0)
    .slice(0, posts);
  const script =
    `<script>(() => { const posts = ${JSON.stringify(postTexts)}; let n = 0;` +
    'const add = () => { const feed = document.getElementById("feed"); const el = document.createElement("div");' +
    'el.className = "post"; const t = document.createElement("time"); t.textContent = "Update " + (n + 1);' +
    'const p = document.createElement("p"); p.textContent = posts[n]; el.append(t, p);' +
    'if (n === 0) performance.mark("bench-first-post");' +
    'feed.insertBefore(el, feed.children[1]); n++; window.__benchPosts = n;' +
    `if (n < posts.length) setTimeout(add, ${intervalMs}); };` +
    `addEventListener("load", () => setTimeout(add, ${intervalMs})); })();</script>`;
  return {
    id: `live-${sizeLabel(bytes).replace(' ', '')}`,
    label: `near-miss live blog, ${sizeLabel(bytes)}, ${posts} posts`,
    html: page(title, feed, script),
    posts,
  };
}
