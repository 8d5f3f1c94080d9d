import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve-static.mjs';
import { queryKey } from '../../src/lib/search/search-key';
import { splitFamilyBundle } from '../fixtures/split-family-bundle';
import { launchBrowser } from './browser';
import { DIST_DIR } from './paths';

// A large index splits the words that start with a common name across several
// of Pagefind's chunks, and Pagefind alone then searches only the first (see
// src/lib/search/index-chunks.ts). The site's search page, with a Pagefind
// bundle built so that this happens, must still find every page.

const PAGES = 1000;
const key = queryKey('Putin');
let site: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  site = await splitFamilyBundle(key, PAGES);
  // The built site's search page and assets, with this bundle as its index.
  for (const part of ['en', '_astro']) symlinkSync(join(DIST_DIR, part), join(site, part));
  server = await serveStatic(site);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('search over words split across index chunks', () => {
  test('Pagefind alone misses pages (the case this guards against)', async () => {
    const page = await open('/en/search/');
    // A string, so that the test runner does not rewrite the page's `import()`.
    const found = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/en/pagefind.js');
      const instance = await pagefind.createInstance({ basePath: '/pagefind/en/' });
      return (await instance.search(${JSON.stringify(key)})).results.length;
    })()`);
    expect(found).toBeLessThan(PAGES);
    await page.context().close();
  });

  test('the search page finds every page and counts them all in the language facet', async () => {
    const page = await open('/en/search/?q=Putin');
    const results = page.locator('#search-results[data-state="done"]');
    await results.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await results.getAttribute('data-count')).toBe(String(PAGES));
    expect(await page.locator('[data-count-for="en"]').textContent()).toBe(`(${PAGES})`);
    expect(await page.locator('.result__title a').count()).toBe(10);
    await page.context().close();
  });

  test('"More results" adds the next ten results, by keyboard', async () => {
    const page = await open('/en/search/?q=Putin');
    await page.locator('#search-results[data-state="done"]').waitFor({ state: 'attached' });
    const links = page.locator('.result__title a');
    const more = page.locator('.search-results__more');
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => links.count()).toBe(20);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(20);
    // 1,000 results: there are more still.
    expect(await more.isVisible()).toBe(true);
    await page.context().close();
  });
});
