import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Pagefind names the files of its bundle by a hash of their content and does not
 * write (nor compress again) a file that is already there: fragments (one per
 * article), word-index chunks, filter indexes and the page table (`*.pf_meta`).
 * Seeding a new bundle with the last build's files therefore makes a rebuild
 * write only what changed: at 10,000 articles Pagefind's step took 20 s instead
 * of 40 s after editing one article.
 *
 * Kept free of Astro and of extensionless imports, like `build-search-index.ts`.
 */

/** The folders of a bundle whose files are named by their content. */
const HASHED_FOLDERS = ['fragment', 'index', 'filter'];

/** A page table's file name: `pagefind.<hash>.pf_meta`. */
const PAGE_TABLE = /^pagefind\.(.+)\.pf_meta$/;

/**
 * Links (or, across file systems, copies) the content-named files of the bundle
 * `previous` into the empty bundle folder `next`. Linking leaves `previous`
 * untouched: Pagefind never writes into an existing content-named file, and the
 * files it does overwrite (its scripts, `pagefind-entry.json`) are not linked.
 * Returns how many files were seeded; 0 when there is no previous bundle.
 */
export function seedBundle(previous: string, next: string): number {
  if (!existsSync(join(previous, 'pagefind-entry.json'))) return 0;
  let seeded = 0;
  const place = (from: string, to: string) => {
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
    seeded += 1;
  };
  mkdirSync(next, { recursive: true });
  for (const name of readdirSync(previous))
    if (PAGE_TABLE.test(name)) place(join(previous, name), join(next, name));
  for (const folder of HASHED_FOLDERS) {
    if (!existsSync(join(previous, folder))) continue;
    mkdirSync(join(next, folder), { recursive: true });
    for (const name of readdirSync(join(previous, folder)))
      place(join(previous, folder, name), join(next, folder, name));
  }
  return seeded;
}

/** What Pagefind writes before the content of its files (after gunzipping them). */
const SIGNATURE = 'pagefind_dcd';

/**
 * The page table of each language of a bundle (`pagefind.<hash>.pf_meta`, by
 * language), as its `pagefind-entry.json` names them.
 */
export function pageTables(bundle: string): Map<string, string> {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  return new Map(
    Object.entries(entry.languages).map(([lang, { hash }]) => [lang, `pagefind.${hash}.pf_meta`]),
  );
}

/** The content of a bundle file (a fragment, a page table): gunzipped, without Pagefind's signature. */
export function readBundleFile(path: string): Buffer {
  const bytes = gunzipSync(readFileSync(path));
  const signed = bytes.subarray(0, SIGNATURE.length).toString('latin1') === SIGNATURE;
  return signed ? bytes.subarray(SIGNATURE.length) : bytes;
}

/**
 * Deletes the content-named files of `bundle` that its current page tables do
 * not reference: those seeded from an earlier build whose content has changed
 * since. Returns how many were deleted.
 *
 * A page table is gzipped CBOR in which every fragment, chunk and filter hash
 * stands as a text string, so a file is referenced when its hash occurs in the
 * table's bytes; the test suite checks this against a real rebuild.
 */
export function pruneBundle(bundle: string): number {
  const byLanguage = pageTables(bundle);
  const tables = [...byLanguage.values()];
  const text = tables
    .map((name) => readBundleFile(join(bundle, name)).toString('latin1'))
    .join('\n');
  // Hashes are `<language>_<hex>`. The byte after one may read as a hex digit
  // too, so a hash missing from the set is looked for in the text itself.
  const hashes = new RegExp(`(?:${[...byLanguage.keys()].join('|')})_[0-9a-f]+`, 'g');
  const found = new Set(text.match(hashes));
  const referenced = (hash: string) => found.has(hash) || text.includes(hash);
  let pruned = 0;
  const remove = (path: string) => {
    rmSync(path);
    pruned += 1;
  };
  for (const name of readdirSync(bundle))
    if (PAGE_TABLE.test(name) && !tables.includes(name)) remove(join(bundle, name));
  for (const folder of HASHED_FOLDERS) {
    if (!existsSync(join(bundle, folder))) continue;
    for (const name of readdirSync(join(bundle, folder))) {
      const hash = name.slice(0, name.indexOf('.'));
      if (!referenced(hash)) remove(join(bundle, folder, name));
    }
  }
  return pruned;
}
