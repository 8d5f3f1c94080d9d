import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeIndexChunks } from './index-chunks-file.ts';
import { writePageLanguages } from './page-languages-file.ts';
import { runPagefind } from './pagefind-cli.ts';
import { pruneBundle, seedBundle } from './search-bundle-files.ts';

/**
 * The language every page is indexed under. All articles go into ONE index so a
 * single query searches every language at once and ranks the results together.
 * Pagefind stems per index language, which would stem Russian text with (say) a
 * German stemmer; we turn its stemming off with a language it has no stemmer for
 * and do our own per-language stemming, transliteration and spelling folding in
 * the search keys (see docs/search-design.md).
 */
export const SEARCH_INDEX_LANGUAGE = 'zxx';

/** Only article pages carry `data-pagefind-body`; reading the others would cost time and memory for nothing. */
const ARTICLE_PAGES = '*/articles/*/index.html';

/**
 * Allocator settings for Pagefind's indexer, which allocates with jemalloc: by
 * default jemalloc keeps freed memory for 10 s before giving it back, and while
 * Pagefind writes the index it frees the parsed pages as it builds the word
 * lists, so the kept memory added to its peak (about 400 MB of 4.4 GB at 10,000
 * articles, measured with `npm run bench`). Returning it at once costs no
 * measurable time.
 */
const PAGEFIND_ALLOCATOR = 'dirty_decay_ms:0,muzzy_decay_ms:0';

/** What indexing did. */
export interface SearchIndexReport {
  /** Article pages indexed (one fragment each in the bundle). */
  pageCount: number;
  /** Files of the last build's bundle that were reused (see search-bundle-files.ts). */
  reused: number;
  /** Of those, the ones that turned out to be out of date and were deleted. */
  dropped: number;
  /** Wall time of indexing, in milliseconds. */
  milliseconds: number;
}

/**
 * Indexes the built article pages of `siteDir` with Pagefind (its CLI, see
 * `pagefind-cli.ts`) and writes the bundle to `<siteDir>/pagefind`: only the
 * elements marked `data-pagefind-body` (article text) are indexed, with the
 * title, metadata, entity filter and date sort the pages declare; the table of
 * page languages for the search page's language facet and the first words of
 * the index chunks (`index-chunks.ts`) are written beside the bundle. Throws,
 * naming what failed, when Pagefind reports an error.
 *
 * Kept free of Astro and of extensionless imports so that `scripts/build.mjs`
 * can run it with plain Node after the Astro build process has exited (see
 * there for why).
 *
 * `previousSite`, the last published build, lends its bundle's unchanged files,
 * which Pagefind then does not write again.
 */
export async function buildSearchIndex(
  siteDir: string,
  previousSite?: string,
): Promise<SearchIndexReport> {
  const started = performance.now();
  const site = siteDir.endsWith('/') ? siteDir : `${siteDir}/`;
  const bundle = `${site}pagefind`;
  const previousBundle = previousSite && `${previousSite}/pagefind`;
  const reused = previousBundle ? seedBundle(previousBundle, bundle) : 0;
  // Read by Pagefind's process, started below; a setting made by hand wins.
  process.env._RJEM_MALLOC_CONF ??= PAGEFIND_ALLOCATOR;
  await runPagefind([
    '--site',
    site,
    '--glob',
    ARTICLE_PAGES,
    '--force-language',
    SEARCH_INDEX_LANGUAGE,
    '--output-path',
    bundle,
  ]);
  const dropped = reused > 0 ? pruneBundle(bundle) : 0;
  writePageLanguages(bundle, previousBundle);
  writeIndexChunks(bundle);
  // One fragment per indexed page (once the last build's stale ones are pruned).
  const pageCount = readdirSync(join(bundle, 'fragment')).length;
  const milliseconds = Math.round(performance.now() - started);
  return { pageCount, reused, dropped, milliseconds };
}

/** The line a build prints when indexing is done (the benchmark reads it). */
export function searchIndexSummary(report: SearchIndexReport): string {
  const { pageCount, reused, dropped, milliseconds } = report;
  const kept = reused > 0 ? `, ${reused - dropped} index files kept from the last build` : '';
  return `Indexed the article pages (${pageCount} HTML files read${kept}) in ${milliseconds} ms.`;
}
