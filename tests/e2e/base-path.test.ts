/**
 * A site built for an address with a path (`SITE_URL=https://example.org/news/
 * npm run build`, as GitHub Pages project sites and many newsrooms need) works
 * when served from that path: every internal link, asset, feed and sitemap
 * entry, hreflang and canonical URL resolves under `/news/`, the 404 page is
 * styled, and the search finds articles and links to them. Built from a copy of
 * the project in `.test-sites/base-path/` and served at `/news/` with the
 * deployed site's headers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.mjs';
import { BUILD_TIMEOUT, makeSite, removeSites, runProjectBuild } from '../build/test-site';
import { useBrowser } from './browser';
import { watchCsp } from './csp';

const SITE_URL = 'https://example.org/news/';
const BASE = '/news/';

let dist = '';
let server: StaticServer;

beforeAll(async () => {
  const site = makeSite('base-path', 'project');
  const { code, output } = await runProjectBuild(site, { SITE_URL });
  expect(code, output).toBe(0);
  dist = join(site, 'dist');
  server = await serveStatic(dist, { base: BASE, siteHeaders: true });
}, 2 * BUILD_TIMEOUT);

afterAll(async () => {
  await server?.close();
  removeSites();
});

/** Every file of the built site with one of `extensions`, relative to dist/. */
function builtFiles(...extensions: string[]): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((ext) => file.endsWith(ext)))
    .sort();
}

/** The URLs a file points to: links, assets, forms, and the URLs of feeds, sitemaps and robots.txt. */
function urlsIn(text: string): string[] {
  const attributes = [...text.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)].map(
    (m) => m[1]!,
  );
  const srcsets = [...text.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) =>
    m[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!),
  );
  const xml = [...text.matchAll(/<(?:loc|link|id)>([^<]+)<\//g)].map((m) => m[1]!);
  const robots = [...text.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]!);
  return [...attributes, ...srcsets, ...xml, ...robots];
}

/**
 * The path on the test server of a URL of the site: a path from the root
 * (`/news/de/`) or an absolute URL on SITE_URL's host. Undefined for anything
 * else (another site, a fragment, a meta tag's text).
 */
function sitePath(url: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url.split(/[?#]/)[0];
  if (url.startsWith('https://example.org')) return new URL(url).pathname;
  return undefined;
}

describe('a site built for https://example.org/news/', () => {
  test('every internal URL of every page, feed, sitemap and robots.txt is under /news/ and resolves', async () => {
    const files = builtFiles('.html', '.xml', 'robots.txt');
    const paths = new Map<string, string>();
    for (const file of files) {
      for (const url of urlsIn(readFileSync(join(dist, file), 'utf8'))) {
        const path = sitePath(url);
        if (path !== undefined && !paths.has(path)) paths.set(path, file);
      }
    }
    expect(paths.size).toBeGreaterThan(100);
    const outside = [...paths].filter(([path]) => !path.startsWith(BASE));
    expect(outside.map(([path, file]) => `${file}: ${path}`)).toEqual([]);
    const broken: string[] = [];
    for (const [path, file] of paths) {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      if (response.status !== 200) broken.push(`${file}: ${path} (${response.status})`);
    }
    expect(broken).toEqual([]);
  });

  test('canonical and hreflang URLs are absolute URLs under https://example.org/news/', () => {
    const page = readFileSync(join(dist, 'de/index.html'), 'utf8');
    expect(page).toContain('<link rel="canonical" href="https://example.org/news/de/">');
    const alternates = [...page.matchAll(/<link rel="alternate" hreflang="[^"]+" href="([^"]+)"/g)];
    expect(alternates.length).toBeGreaterThan(1);
    for (const [, href] of alternates) expect(href!.startsWith(SITE_URL)).toBe(true);
  });

  describe('in the browser', () => {
    const open = useBrowser(() => server.url);

    test('the search finds articles, with links under /news/ that open them, and nothing is blocked', async () => {
      const { page, requests } = await open();
      const csp = await watchCsp(page);
      await page.goto(`${server.url}${BASE}de/search/?q=Kasachstan`);
      await page.waitForSelector('#search-results[data-state="done"]', { state: 'attached' });
      const hrefs = await page.$$eval('.result__title a', (links) =>
        links.map((a) => a.getAttribute('href') ?? ''),
      );
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(/^\/news\/[a-z]{2}\/articles\/[^/]+\/$/);
      // The search files were fetched from the bundle under /news/.
      expect(requests.some((url) => url.includes('/news/pagefind/page-languages.json'))).toBe(true);
      const response = await page.goto(`${server.url}${hrefs[0]}`);
      expect(response?.status()).toBe(200);
      expect(csp.violations).toEqual([]);
    });

    test('the 404 page, at any address under /news/, is styled and links home under /news/', async () => {
      const { page } = await open();
      const failed: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          failed.push(response.url());
        }
      });
      const response = await page.goto(`${server.url}${BASE}de/no/such/page/`);
      expect(response?.status()).toBe(404);
      await page.evaluate(() => document.fonts.ready);
      expect(failed).toEqual([]);
      const stylesheets = await page.$$eval('link[rel="stylesheet"]', (links) => links.length);
      expect(stylesheets).toBeGreaterThan(0);
      const homeLinks = await page.$$eval('main a', (links) =>
        links.map((a) => a.getAttribute('href') ?? ''),
      );
      expect(homeLinks.length).toBeGreaterThan(0);
      for (const href of homeLinks) expect(href.startsWith(BASE)).toBe(true);
    });
  });
});
