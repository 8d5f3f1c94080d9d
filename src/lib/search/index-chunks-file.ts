import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'cborg';
import { INDEX_CHUNKS_FILE } from './index-chunks.ts';
import { pageTables, readBundleFile } from './search-bundle-files.ts';

/**
 * Writes the first word of every index chunk of a Pagefind bundle into
 * `<bundle>/index-chunks.json`, for the search page to load the chunks a query
 * needs beyond the one Pagefind picks (see `index-chunks.ts`).
 *
 * The words come from the bundle's page table (`pagefind.<hash>.pf_meta`):
 * gzipped CBOR, after Pagefind's signature, of an array whose third item lists
 * the chunks as `[from, to, hash]` (Pagefind 1.6's `MetaIndex`; the test suite
 * checks the list against the bundle's chunk files). Decoded with `cborg`.
 *
 * Kept free of Astro and of extensionless imports, like `build-search-index.ts`.
 */

/** The chunks of one page table: first word, last word, file hash. */
export function readIndexChunks(pageTable: string): [from: string, to: string, hash: string][] {
  const meta = decode(readBundleFile(pageTable), { useMaps: true }) as unknown;
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  const valid =
    Array.isArray(chunks) &&
    chunks.every(
      (chunk) =>
        Array.isArray(chunk) &&
        chunk.length >= 3 &&
        chunk.every((part) => typeof part === 'string'),
    );
  if (!valid) {
    throw new Error(
      `${pageTable}: no list of index chunks where Pagefind 1.6 puts it; has Pagefind's page table format changed?`,
    );
  }
  return chunks as [string, string, string][];
}

/** Writes `index-chunks.json` for every language of `bundle`; returns how many chunks it lists. */
export function writeIndexChunks(bundle: string): number {
  const starts = [...pageTables(bundle).values()].flatMap((table) =>
    readIndexChunks(join(bundle, table)).map(([from]) => from),
  );
  const sorted = [...new Set(starts)].sort();
  writeFileSync(join(bundle, INDEX_CHUNKS_FILE), JSON.stringify(sorted));
  return sorted.length;
}
