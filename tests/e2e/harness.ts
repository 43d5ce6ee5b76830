/**
 * Shared set-up for end-to-end tests: real Chromium (/usr/bin/chromium) with the
 * built extension (.output/chrome-mv3) loaded, in a throw-away profile (or a
 * given one that is kept).
 *
 * Headless and extensions: Chromium ≥ 132 has only the "new" headless mode, which
 * runs the full browser and loads extensions. playwright-core's `headless: true`
 * passes plain `--headless`, which on this Chromium (150) *is* the new mode, so
 * no extra flag is needed; checked by launching and finding the service worker.
 * (Old headless, `chrome-headless-shell`, cannot load extensions at all.)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The Chrome MV3 build that `npm run build` writes (FACTLINE_CHROME_BUILD: another build). */
export const CHROME_BUILD = process.env.FACTLINE_CHROME_BUILD ?? join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Unpacked extension to load (default: the Chrome MV3 build). */
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Preferred languages (navigator.languages), e.g. ['uk-UA', 'uk']. */
  locale?: string;
  /** Show a window (needs a display); default headless. */
  headless?: boolean;
  /**
   * A profile directory to use and keep (created if missing), e.g. to relaunch the
   * browser on the same profile; default a temporary one, deleted on close.
   */
  profileDir?: string;
}

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Closes the browser and deletes the profile (unless it was given as `profileDir`). */
  close(): Promise<void>;
}

/** Throws a clear message when the extension has not been built. */
export function assertBuilt(dir = CHROME_BUILD): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`${dir}/manifest.json is missing: run \`npm run build\` first.`);
  }
}

/** Launches Chromium with the extension and waits for its service worker. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Launched> {
  const dir = options.extensionDir ?? CHROME_BUILD;
  assertBuilt(dir);
  const keep = options.profileDir !== undefined;
  if (keep) mkdirSync(options.profileDir!, { recursive: true });
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'factline-e2e-'));
  const dispose = () => {
    if (!keep) rmSync(profile, { recursive: true, force: true });
  };
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: options.locale ?? 'en-GB',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
      ],
    });
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(serviceWorker.url()).host;
    const ctx = context;
    return {
      context: ctx,
      extensionId,
      serviceWorker,
      async close() {
        await ctx.close().catch(() => undefined);
        dispose();
      },
    };
  } catch (e) {
    await context?.close().catch(() => undefined);
    dispose();
    throw e;
  }
}

/** `screenshots/<name>.png` under the repo (git-ignored); creates the folder. */
export function screenshotPath(name: string): string {
  const dir = join(ROOT, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, `${name}.png`);
}

/** The extension API inside the service worker, where `serviceWorker.evaluate` runs. */
declare const chrome: typeof import('wxt/browser').browser;

/**
 * Waits until the background has registered the detector content script. It does
 * so when it starts; pages opened before that get no detector (as in real life).
 */
export async function untilDetectorRegistered(b: Launched, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const n = await b.serviceWorker.evaluate(
      async () => (await chrome.scripting.getRegisteredContentScripts()).length,
    );
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the detector was never registered');
}
