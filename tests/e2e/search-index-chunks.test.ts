import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { queryKey } from '../../src/lib/search/search-key';
import { splitFamilyBundle } from '../fixtures/split-family-bundle';
import { useBundleSearchPage } from './bundle-search-page';

// A large index splits the words that start with a common name across several
// of Pagefind's chunks, and Pagefind alone then searches only the first (see
// src/lib/search/index-chunks.ts). The site's search page, with a Pagefind
// bundle built so that this happens, must still find every page.

const PAGES = 1000;
const key = queryKey('Putin');
const bundle = useBundleSearchPage(() => splitFamilyBundle(key, PAGES));

async function open(path: string): Promise<Page> {
  const context = await bundle.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${bundle.url}${path}`);
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
