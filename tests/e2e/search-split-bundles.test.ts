import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve-static.mjs';
import { buildSearchIndex } from '../../src/lib/search/build-search-index';
import { SEARCH_FOLDER } from '../../src/lib/search/page-languages';
import { launchBrowser } from './browser';
import { DIST_DIR } from './paths';

// A language too large for one Pagefind process is indexed in several bundles
// (src/lib/search/bundle-plan.ts). The built site is indexed again here with a
// bundle limit of one byte, which puts (as far as the hash allows) every page
// in a bundle of its own, and a reader must find the same articles as on the
// built site. Not always in the same order: Pagefind ranks by word statistics
// of each bundle, which differ most in bundles of one page, and little
// between bundles of thousands.

type Server = { url: string; close(): Promise<void> };
let site: string;
let split: Server;
let built: Server;
let browser: Browser;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'split-bundles-'));
  cpSync(DIST_DIR, site, { recursive: true });
  rmSync(join(site, SEARCH_FOLDER), { recursive: true, force: true });
  await buildSearchIndex(site, undefined, { bundleBytes: 1 });
  [split, built] = await Promise.all([serveStatic(site), serveStatic(DIST_DIR)]);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([split?.close(), built?.close()]);
  if (site) rmSync(site, { recursive: true, force: true });
});

/** The result links (sorted) and the count a search from `/en/search/?q=` shows on `server`, and the texts it fetched. */
async function results(server: Server, query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let texts = 0;
  // The search worker's requests too (Playwright reports them on the page).
  context.on('request', (request) => void (request.url().endsWith('.pf_fragment') && texts++));
  await page.goto(`${server.url}/en/search/?q=${encodeURIComponent(query)}`);
  const done = page.locator('#search-results[data-state="done"]');
  await done.waitFor({ state: 'attached', timeout: 20_000 });
  const shown = {
    count: await done.getAttribute('data-count'),
    links: (
      await page
        .locator('.result__title a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    ).sort(),
  };
  await context.close();
  return { ...shown, texts };
}

describe('a language split among several search bundles', () => {
  test('the index has several bundles for a language, and no folder of linked pages left', () => {
    const names = readdirSync(join(site, SEARCH_FOLDER));
    expect(names.filter((name) => /^de\.\d+$/.test(name)).length).toBeGreaterThan(1);
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
  });

  // Words of one German article only: the other German bundle answers them
  // with Pagefind's fallback, which a check per language (not per bundle)
  // either kept ("beliefern") or took for the whole language ("Kampfdrohnen");
  // "Angelegenheiten" also finds the other article through an equivalent.
  for (const query of [
    'Kazakhstan',
    'Moscow',
    'war',
    'Kampfdrohnen',
    'beliefern',
    'Angelegenheiten',
  ]) {
    test(`"${query}" finds the same articles as with a bundle per language`, async () => {
      const [fromSplit, fromBuilt] = await Promise.all([
        results(split, query),
        results(built, query),
      ]);
      expect(Number(fromBuilt.count)).toBeGreaterThan(0);
      expect(fromSplit.links).toEqual(fromBuilt.links);
      expect(fromSplit.count).toEqual(fromBuilt.count);
    });
  }

  test('a search fetches the texts it shows, not one per bundle to tell its fallback', async () => {
    // Several German bundles answer "Kampfdrohnen", one of them with the word:
    // the words of the index chunks loaded tell which, without their texts.
    const { links, texts } = await results(split, 'Kampfdrohnen');
    expect(links).toHaveLength(1);
    expect(texts).toBe(1);
  });
});
