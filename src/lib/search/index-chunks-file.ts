import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INDEX_CHUNKS_FILE } from './index-chunks.ts';
import { pageTables, readPageTable } from './search-bundle-files.ts';

/**
 * Writes the first word of every index chunk of a Pagefind bundle into
 * `<bundle>/index-chunks.json`, for the search page to load the chunks a query
 * needs beyond the one Pagefind picks (see `index-chunks.ts`). The words come
 * from the bundle's page tables (`readPageTable`).
 *
 * Kept free of Astro and of extensionless imports, like `build-search-index.ts`.
 */

/** Writes `index-chunks.json` for every language of `bundle`; returns how many chunks it lists. */
export function writeIndexChunks(bundle: string): number {
  const starts = [...pageTables(bundle).values()].flatMap((table) =>
    readPageTable(join(bundle, table)).chunks.map(([from]) => from),
  );
  const sorted = [...new Set(starts)].sort();
  writeFileSync(join(bundle, INDEX_CHUNKS_FILE), JSON.stringify(sorted));
  return sorted.length;
}
