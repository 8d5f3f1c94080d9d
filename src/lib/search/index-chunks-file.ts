import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_CHUNKS_FILE } from './index-chunks';
import { pageTables, readPageTable } from './search-bundle-files';

/**
 * Writes the first word of every index chunk of the Pagefind `bundles` into
 * `<folder>/index-chunks.json`, for the search page to load the chunks a query
 * needs beyond the one Pagefind picks (see `index-chunks.ts`). The words come
 * from the bundles' page tables (`readPageTable`). One list serves all
 * bundles: preloading another bundle's first word loads, in each bundle, the
 * chunk that word falls into, which lies in the query key's range too.
 *
 * Kept free of Astro, like `build-search-index.ts`.
 */

/** Writes `index-chunks.json` for every bundle; returns how many first words it lists. */
export function writeIndexChunks(folder: string, bundles: readonly string[]): number {
  const starts = bundles.flatMap((bundle) =>
    [...pageTables(bundle).values()].flatMap((table) =>
      readPageTable(join(bundle, table)).chunks.map(([from]) => from),
    ),
  );
  const sorted = [...new Set(starts)].sort();
  writeFileSync(join(folder, INDEX_CHUNKS_FILE), JSON.stringify(sorted));
  return sorted.length;
}
