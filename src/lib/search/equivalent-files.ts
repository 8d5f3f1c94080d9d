import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentCodeDigest } from '../../astro-patches/content-cache.mjs';
import { loadConcepts } from './equivalent-sources';
import { equivalentTable } from './equivalent-table';
import { EQUIVALENTS_FOLDER, shardName, SHARD_COUNT } from './equivalents';
import { reuseBundle } from './search-bundle-files';

/**
 * The search's lookup table of equivalents (equivalent-table.ts) as files of
 * the built site, `search-equivalents/<shard>.json`, written by the build
 * beside the search index rather than rendered as Astro pages: the table
 * depends on the concepts' sources and the code that keys them, not on the
 * articles, so a rebuild links the published site's files instead of
 * computing the table again (seconds before Astro could write the first
 * article page, which the search index waits for; docs/performance.md).
 */

/** Beside the shards: what they were built from. */
const STAMP_FILE = 'built-with.json';

/** The code the table's keys and shards come from (stemmers and transliteration included). */
const TABLE_CODE = ['src/lib', 'package-lock.json'];

/** What `writeEquivalentFiles` did. */
export interface EquivalentFilesReport {
  /** Files in the folder, the stamp included. */
  files: number;
  /** True when they were linked from the published site's. */
  reused: boolean;
}

/** True when `folder` holds a file for every shard (none was deleted by hand since). */
function everyShardIn(folder: string): boolean {
  for (let i = 0; i < SHARD_COUNT; i++) {
    if (!existsSync(join(folder, `${shardName(i)}.json`))) return false;
  }
  return true;
}

function readStamp(folder: string): string | undefined {
  const file = join(folder, STAMP_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * Writes the table's shards into `<siteDir>/search-equivalents/` from the
 * concepts of the project at `root`, or links those of `previousSite` when
 * they were built from the same concepts and code.
 */
export async function writeEquivalentFiles(
  root: string,
  siteDir: string,
  previousSite?: string,
): Promise<EquivalentFilesReport> {
  const { concepts, digest } = await loadConcepts(root);
  const stamp = JSON.stringify({ concepts: digest, code: contentCodeDigest(root, TABLE_CODE) });
  const folder = join(siteDir, EQUIVALENTS_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const previous = previousSite && join(previousSite, EQUIVALENTS_FOLDER);
  if (previous && readStamp(previous) === stamp && everyShardIn(previous)) {
    return { files: reuseBundle(previous, folder), reused: true };
  }
  const shards = equivalentTable(concepts);
  for (const [shard, table] of shards) {
    writeFileSync(join(folder, `${shard}.json`), JSON.stringify(table));
  }
  // Last: a folder cut short has no stamp, and is never reused.
  writeFileSync(join(folder, STAMP_FILE), stamp);
  return { files: shards.size + 1, reused: false };
}
