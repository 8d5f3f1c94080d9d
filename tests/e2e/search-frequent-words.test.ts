import { join } from 'node:path';
import { decode } from 'cborg';
import { describe, expect, test } from 'vitest';
import { splitFrequentWords } from '../../src/lib/search/frequent-word-chunks';
import { writeIndexChunks } from '../../src/lib/search/index-chunks-file';
import {
  pageTables,
  readBundleFile,
  readPageTable,
} from '../../src/lib/search/search-bundle-files';
import { queryKey } from '../../src/lib/search/search-key';
import { frequentWordBundle } from '../fixtures/frequent-word-bundle';
import { useBundleSearchPage } from './bundle-search-page';

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

/** The English bundle of `site`. */
const bundleOf = (site: string) => join(site, 'pagefind', 'en');

/** The words of the chunk `hash` of `bundle`. */
function wordsOf(bundle: string, hash: string): string[] {
  const file = join(bundle, 'index', `${hash}.pf_index`);
  return (decode(readBundleFile(file)) as [[string][]])[0].map(([word]) => word);
}

/** The chunk of `bundle` that holds `word`. */
function chunkOf(bundle: string, word: string): string {
  const [table] = [...pageTables(bundle).values()];
  const { chunks } = readPageTable(join(bundle, table!));
  return chunks.find(([, , hash]) => wordsOf(bundle, hash).includes(word))![2];
}

/** The chunks of the two words as Pagefind wrote them, before the split. */
const before = { rare: '', frequent: '' };

const page = useBundleSearchPage(async () => {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(CHUNK_SIZE);
  let site: string;
  try {
    site = await frequentWordBundle(rare, frequent, { pages: PAGES });
  } finally {
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  }
  const bundle = bundleOf(site);
  Object.assign(before, { rare: chunkOf(bundle, rare), frequent: chunkOf(bundle, frequent) });
  splitFrequentWords(bundle, CHUNK_SIZE);
  writeIndexChunks(join(site, 'pagefind'), [bundle]);
  return site;
});

describe('search beside a frequent word', () => {
  test('Pagefind put the rare word in the frequent word’s chunk (the case this guards against)', () => {
    expect(before.rare).toBe(before.frequent);
  });

  test('the search page finds every page of the rare word without loading the frequent word', async () => {
    const bundle = bundleOf(page.site);
    const context = await page.browser.newContext();
    const tab = await context.newPage();
    const loaded: string[] = [];
    context.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await tab.goto(`${page.url}/en/search/?q=Ukraine`);
    const results = tab.locator('#search-results[data-state="done"]');
    await results.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await results.getAttribute('data-count')).toBe(String(PAGES / 10));
    const frequentChunk = chunkOf(bundle, frequent);
    expect(wordsOf(bundle, frequentChunk)).toEqual([frequent]);
    const chunkFiles = loaded.filter((path) => path.endsWith('.pf_index'));
    expect(chunkFiles).toContain(`/pagefind/en/index/${chunkOf(bundle, rare)}.pf_index`);
    expect(chunkFiles).not.toContain(`/pagefind/en/index/${frequentChunk}.pf_index`);
    await context.close();
  });
});
