import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve-static.mjs';
import { launchBrowser } from './browser';
import { DIST_DIR } from './paths';

/** A site with a bundle of its own, served with the real search page, and a browser. */
export interface BundleSearchPage {
  site: string;
  url: string;
  browser: Browser;
}

/**
 * For the tests of one file: makes a site folder with a Pagefind bundle of
 * its own (`makeSite`, see tests/fixtures/english-bundle.ts), serves it with
 * the built site's English pages and assets, so that the real search page
 * searches that bundle, and starts a browser; all of it is closed and deleted
 * after the file's tests. The returned object is filled in before they run.
 */
export function useBundleSearchPage(makeSite: () => Promise<string>): BundleSearchPage {
  const state = {} as BundleSearchPage;
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    state.site = await makeSite();
    for (const part of ['en', '_astro']) {
      symlinkSync(join(DIST_DIR, part), join(state.site, part));
    }
    server = await serveStatic(state.site);
    state.url = server.url;
    state.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await state.browser?.close();
    await server?.close();
    if (state.site) rmSync(state.site, { recursive: true, force: true });
  });
  return state;
}
