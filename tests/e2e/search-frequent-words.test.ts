import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'cborg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/serve-static.mjs';
import { splitFrequentWords } from '../../src/lib/search/frequent-word-chunks';
import { writeIndexChunks } from '../../src/lib/search/index-chunks-file';
import {
  pageTables,
  readBundleFile,
  readPageTable,
} from '../../src/lib/search/search-bundle-files';
import { queryKey } from '../../src/lib/search/search-key';
import { frequentWordBundle } from '../fixtures/frequent-word-bundle';
import { launchBrowser } from './browser';
import { DIST_DIR } from './paths';

// A word on nearly every page closes an index chunk together with the rarer
// words before it, and a search for one of those downloads the frequent
// word's locations too, unless the build gives the frequent word a chunk of
// its own (src/lib/search/frequent-word-chunks.ts). The site's search page,
// with a bundle split so, must find the rare word's pages without loading
// the frequent word.

const CHUNK_SIZE = 2000;
const PAGES = 300;
const rare = queryKey('Ukraine');
const frequent = 'um';
let site: string;
let bundle: string;
let server: { url: string; close(): Promise<void> };
let browser: Browser;

/** The bundle's chunks, each with its bounds and hash. */
function chunks(): [from: string, to: string, hash: string][] {
  const [table] = [...pageTables(bundle).values()];
  return readPageTable(join(bundle, table!)).chunks;
}

/** The words of the chunk `hash`. */
function wordsOf(hash: string): string[] {
  const file = join(bundle, 'index', `${hash}.pf_index`);
  return (decode(readBundleFile(file)) as [[string][]])[0].map(([word]) => word);
}

/** The chunk that holds `word`. */
function chunkOf(word: string): string {
  return chunks().find(([, , hash]) => wordsOf(hash).includes(word))![2];
}

let before: { rareChunk: string; frequentChunk: string };

beforeAll(async () => {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_SIZE);
  try {
    site = await frequentWordBundle(rare, frequent, { pages: PAGES });
  } finally {
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  }
  bundle = join(site, 'pagefind', 'en');
  before = { rareChunk: chunkOf(rare), frequentChunk: chunkOf(frequent) };
  splitFrequentWords(bundle, CHUNK_SIZE);
  writeIndexChunks(join(site, 'pagefind'), [bundle]);
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

describe('search beside a frequent word', () => {
  test('Pagefind put the rare word in the frequent word’s chunk (the case this guards against)', () => {
    expect(before.rareChunk).toBe(before.frequentChunk);
  });

  test('the search page finds every page of the rare word without loading the frequent word', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded: string[] = [];
    context.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}/en/search/?q=Ukraine`);
    const results = page.locator('#search-results[data-state="done"]');
    await results.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await results.getAttribute('data-count')).toBe(String(PAGES / 10));
    const frequentChunk = chunkOf(frequent);
    expect(wordsOf(frequentChunk)).toEqual([frequent]);
    const chunkFiles = loaded.filter((path) => path.endsWith('.pf_index'));
    expect(chunkFiles).toContain(`/pagefind/en/index/${chunkOf(rare)}.pf_index`);
    expect(chunkFiles).not.toContain(`/pagefind/en/index/${frequentChunk}.pf_index`);
    await context.close();
  });
});
