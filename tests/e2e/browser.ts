/**
 * Launching Chromium and opening pages the way a reader would, with every request
 * that leaves the local test server blocked and recorded, so a test can prove the
 * site fetches nothing (fonts included) from anywhere else.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.mjs';

export { CHROMIUM_ARGS };

/** Where the built site is served (set by global-setup.ts), without a trailing slash. */
export function baseURL(): string {
  return inject('baseURL');
}

/** The absolute URL of a path on the test server. */
export function urlOf(path: string): string {
  return new URL(path, baseURL()).href;
}

/**
 * Launches Debian's Chromium. Playwright gives the browser a fresh temporary
 * profile (`--user-data-dir`) and deletes it on close; every context opened on
 * it is a separate, empty session.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** A browsing session of one reader, with the requests it made. */
export interface Reader {
  context: BrowserContext;
  page: Page;
  /** Every URL the pages requested from the local server. */
  requests: string[];
  /** Every URL they tried to fetch from anywhere else (blocked); should stay empty. */
  blocked: string[];
}

/** Opens a new session and page; requests to anything but the test server (`origin`) are blocked and recorded. */
export async function openReader(
  browser: Browser,
  options: BrowserContextOptions = {},
  origin = new URL(baseURL()).origin,
): Promise<Reader> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  // Fail a missing element in seconds, with Playwright's message, not at the test timeout.
  context.setDefaultTimeout(5_000);
  const reader: Reader = { context, page: undefined as unknown as Page, requests: [], blocked: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (URL.canParse(url) && new URL(url).origin === origin) {
      reader.requests.push(url);
      await route.continue();
    } else {
      reader.blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  reader.page = await context.newPage();
  return reader;
}

/** The `lang` a reader's tools would use for an element: that of its closest ancestor with one. */
export function languageOf(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => element.closest('[lang]')?.getAttribute('lang') ?? ''),
  );
}

/**
 * Registers the hooks of a test file that uses the browser: one Chromium for the
 * file, and after each test, its sessions closed and checked to have requested
 * nothing from anywhere but the test server (or the server `origin` names).
 * Returns `open` to start a session.
 */
export function useBrowser(
  origin?: () => string,
): (options?: BrowserContextOptions) => Promise<Reader> {
  let browser: Browser | undefined;
  const readers: Reader[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const done = readers.splice(0);
    await Promise.all(done.map((reader) => reader.context.close()));
    for (const reader of done) {
      // Joined, so that a failure shows every URL in full.
      expect(reader.blocked.join('\n'), 'requests to hosts other than the test server').toBe('');
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (options) => {
    if (!browser) throw new Error('The browser is not running (beforeAll failed?)');
    const reader = await openReader(browser, options, origin?.());
    readers.push(reader);
    return reader;
  };
}
