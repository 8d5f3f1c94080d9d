/**
 * The site passes the Content-Security-Policy it is deployed with
 * (deploy/headers.json, sent by the test server as nginx would send it):
 * no page, script, style, font, search worker or WebAssembly module is
 * blocked, and every response carries the security headers.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITE_HEADERS } from '../../scripts/lib/site-headers.mjs';
import { urlOf, useBrowser } from './browser';
import { watchCsp } from './csp';
import { DIST_DIR } from './paths';

/** The first built page under `<folder>/` of the German interface. */
const firstPage = (folder: string) => {
  const [first] = readdirSync(join(DIST_DIR, 'de', folder)).sort();
  return `/de/${folder}/${first}/`;
};

/** The first comparison page (`/de/compare/<group>/<pair>/`). */
const comparePage = () => {
  const group = firstPage('compare');
  const [pair] = readdirSync(join(DIST_DIR, group)).sort();
  return `${group}${pair}/`;
};

describe('the Content-Security-Policy', () => {
  const open = useBrowser();

  test.each([
    ['the language picker', () => '/'],
    ['a home page', () => '/de/'],
    ['an article', () => firstPage('articles')],
    ['a comparison', comparePage],
    ['an entity', () => firstPage('entities')],
    ['a story', () => firstPage('stories')],
    ['the 404 page', () => '/de/no-such-page/'],
  ])('blocks nothing on %s', async (_, path) => {
    const { page } = await open();
    const csp = await watchCsp(page);
    await page.goto(urlOf(path()), { waitUntil: 'load' });
    // Fonts and styles applied: the page was styled under the policy.
    await page.evaluate(() => document.fonts.ready);
    expect(csp.violations).toEqual([]);
  });

  test('blocks nothing while the search worker loads Pagefind and its WebAssembly and searches', async () => {
    const { page } = await open();
    const csp = await watchCsp(page);
    await page.goto(urlOf('/de/search/?q=Kasachstan'));
    await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
    expect(await page.locator('.result__title a').count()).toBeGreaterThan(0);
    expect(csp.violations).toEqual([]);
  });

  test('the policy is sent with every page and file, with nosniff and a referrer policy', async () => {
    for (const path of ['/de/', '/de/no-such-page/', '/pagefind/page-languages.json']) {
      const response = await fetch(urlOf(path));
      for (const [name, value] of Object.entries(SITE_HEADERS.security)) {
        expect(response.headers.get(name), `${name} of ${path}`).toBe(value);
      }
    }
    expect(SITE_HEADERS.security['X-Content-Type-Options']).toBe('nosniff');
    expect(SITE_HEADERS.security['Referrer-Policy']).toMatch(/\S/);
    expect(SITE_HEADERS.security['Content-Security-Policy']).toContain("'wasm-unsafe-eval'");
  });

  test('hashed files are cached for a year, pages and unhashed search files revalidated', async () => {
    const html = await (await fetch(urlOf('/de/'))).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
    expect(css).toBeDefined();
    const cacheOf = async (path: string) => (await fetch(urlOf(path))).headers.get('cache-control');
    expect(await cacheOf(css!)).toBe('public, max-age=31536000, immutable');
    const [fragment] = readdirSync(join(DIST_DIR, 'pagefind/de/fragment'));
    expect(await cacheOf(`/pagefind/de/fragment/${fragment}`)).toContain('immutable');
    expect(await cacheOf('/de/')).toBe('no-cache');
    expect(await cacheOf('/pagefind/de/pagefind-entry.json')).toBe('no-cache');
    expect(await cacheOf('/pagefind/page-languages.json')).toBe('no-cache');
  });
});
