/**
 * `npm run demo`: builds the extension, serves the demo pages on localhost and opens
 * Chromium with Factline loaded on the first one — the quickest way to see it work.
 *
 * `npm run demo -- --screenshots DIR` (no display needed): headless, writes a
 * screenshot of each demo page and of the popup for it into DIR, then exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, untilDetectorRegistered, type Launched } from '../tests/e2e/harness';
import { startFixtureServer } from './fixture-server';

/** The extension API inside the service worker, where `serviceWorker.evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

// Laid out as news sites lay them out (?styled=1): a text column with room beside it,
// where the card sits.
const DEMO_PAGES: [name: string, path: string][] = [
  ['article', '/corpus/en/primary-lavrov-announces-drone-claim.html?styled=1'],
  ['lookalike', '/corpus/en/none-kremlin-drone-incident-2023.html?styled=1'],
  ['related-links', '/corpus/en/passing-related-links-new-year-address.html?styled=1'],
  ['russian', '/corpus/ru/primary-lavrov-kiev-atakoval-rezidentsiyu.html?styled=1'],
  ['ukrainian', '/corpus/uk/primary-rozvidka-ssha-ne-tsilylas.html?styled=1'],
];

function parseArgs(argv: string[]): { screenshots?: string; port: number } {
  const i = argv.indexOf('--screenshots');
  const p = argv.indexOf('--port');
  return {
    ...(i >= 0 ? { screenshots: resolve(argv[i + 1] ?? 'demo-screenshots') } : {}),
    port: p >= 0 ? Number(argv[p + 1]) : 0,
  };
}

/** The tab id Chromium gave a page, looked up by URL from the service worker. */
async function tabIdFor(b: Launched, url: string): Promise<number> {
  const id = await b.serviceWorker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
    url,
  );
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

async function screenshots(dir: string, origin: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const b = await launchChromium({ viewport: { width: 1280, height: 800 } });
  try {
    await untilDetectorRegistered(b);
    for (const [name, path] of DEMO_PAGES) {
      const page = await b.context.newPage();
      await page.goto(origin + path);
      await page.waitForTimeout(2500); // detection at idle, card injection, fonts
      await page.screenshot({ path: join(dir, `${name}.png`) });
      // The card expanded: the page's relevance, each party's position over time, the timeline.
      const expand = page.locator('factline-card').getByRole('button', {
        name: /timeline and positions/i,
      });
      if (await expand.count()) {
        await expand.click();
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(dir, `${name}-expanded.png`) });
      }
      const popup = await b.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(
        `chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdFor(b, page.url())}`,
      );
      await popup.waitForTimeout(500);
      await popup.screenshot({ path: join(dir, `${name}-popup.png`) });
      await popup.screenshot({ path: join(dir, `${name}-popup-full.png`), fullPage: true });
      await popup.close();
      console.log(`${name}: ${join(dir, `${name}.png`)}, ${name}-popup.png`);
    }
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const server = await startFixtureServer(args.port);
  console.log(`Demo pages: ${server.origin}/`);
  if (args.screenshots) {
    await screenshots(args.screenshots, server.origin);
    await server.close();
    return;
  }
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('No display found: run `npm run demo -- --screenshots DIR` instead.');
    await server.close();
    process.exit(2);
  }
  const b = await launchChromium({ headless: false });
  await untilDetectorRegistered(b);
  const page = await b.context.newPage();
  await page.goto(server.origin + DEMO_PAGES[0]![1]);
  const more = await b.context.newPage();
  await more.goto(`${server.origin}/`);
  await page.bringToFront();
  console.log('Chromium is open with Factline loaded. Close the window or press Ctrl+C to stop.');
  const stop = async () => {
    await b.close();
    await server.close();
    process.exit(0);
  };
  b.context.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}

void main();
