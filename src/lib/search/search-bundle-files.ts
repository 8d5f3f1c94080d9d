import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { PAGEFIND_SIGNATURE, withoutSignature } from './pagefind-signature';

/**
 * Pagefind names the files of its bundle by a hash of their content and does not
 * write (nor compress again) a file that is already there: fragments (one per
 * article), word-index chunks, filter indexes and the page table (`*.pf_meta`).
 * Seeding a new bundle with the last build's files therefore makes a rebuild
 * write only what changed, about half of Pagefind's step in a rebuild after
 * one edit.
 *
 * Kept free of Astro, like `build-search-index.ts`.
 */

/** The folders of a bundle whose files are named by their content. */
const HASHED_FOLDERS = ['fragment', 'index', 'filter'];

/** A page table's file name: `pagefind.<hash>.pf_meta`. */
const PAGE_TABLE = /^pagefind\.(.+)\.pf_meta$/;

/** Links `from` to `to`, or copies it across file systems. */
export function place(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

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
  mkdirSync(next, { recursive: true });
  for (const name of readdirSync(previous)) {
    if (!PAGE_TABLE.test(name)) continue;
    place(join(previous, name), join(next, name));
    seeded += 1;
  }
  for (const folder of HASHED_FOLDERS) {
    if (!existsSync(join(previous, folder))) continue;
    mkdirSync(join(next, folder), { recursive: true });
    for (const name of readdirSync(join(previous, folder))) {
      place(join(previous, folder, name), join(next, folder, name));
      seeded += 1;
    }
  }
  return seeded;
}

/**
 * Links (or copies) every file of the bundle `previous` into `next`, for a
 * bundle whose pages have not changed. Returns how many files that was.
 */
export function reuseBundle(previous: string, next: string): number {
  let files = 0;
  for (const entry of readdirSync(previous, { withFileTypes: true, recursive: true })) {
    const from = join(entry.parentPath, entry.name);
    const to = join(next, relative(previous, from));
    if (entry.isDirectory()) mkdirSync(to, { recursive: true });
    else {
      mkdirSync(dirname(to), { recursive: true });
      place(from, to);
      files += 1;
    }
  }
  return files;
}

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
  return withoutSignature(gunzipSync(readFileSync(path)));
}

/** Writes a bundle file as Pagefind does: its signature and `content`, gzipped. */
export function writeBundleFile(path: string, content: Uint8Array): void {
  writeFileSync(
    path,
    gzipSync(Buffer.concat([Buffer.from(PAGEFIND_SIGNATURE, 'latin1'), content])),
  );
}

/** What a page table references, by file hash. */
export interface PageTable {
  /** One fragment per page (`fragment/<hash>.pf_fragment`). */
  pages: string[];
  /** The word-index chunks: first word, last word, hash (`index/<hash>.pf_index`). */
  chunks: [from: string, to: string, hash: string][];
  /** One index per filter (`filter/<hash>.pf_filter`). */
  filters: string[];
}

/** True when `value` is a list of lists of at least `size` items, `text` of them strings. */
function rows(value: unknown, size: number, text: number[]): value is unknown[][] {
  return (
    Array.isArray(value) &&
    value.every(
      (row) =>
        Array.isArray(row) && row.length >= size && text.every((i) => typeof row[i] === 'string'),
    )
  );
}

/**
 * Reads a page table (`pagefind.<hash>.pf_meta`): gzipped CBOR, after
 * Pagefind's signature, of Pagefind 1.6's `MetaIndex`, an array of version,
 * pages `[hash, word count]`, chunks `[from, to, hash]`, filters `[name, hash]`,
 * sorts and metadata fields. Decoded with `cborg`; throws, naming the file,
 * when it is not laid out so (the test suite checks it against real bundles).
 */
export function readPageTable(path: string): PageTable {
  const meta = decode(readBundleFile(path), { useMaps: true }) as unknown;
  const [, pages, chunks, filters] = Array.isArray(meta) ? meta : [];
  if (!rows(pages, 2, [0]) || !rows(chunks, 3, [0, 1, 2]) || !rows(filters, 2, [0, 1])) {
    throw new Error(
      `${path}: not a page table as Pagefind 1.6 writes it (pages, index chunks, filters); has its format changed?`,
    );
  }
  return {
    pages: pages.map(([hash]) => hash as string),
    chunks: chunks.map(([from, to, hash]) => [from, to, hash] as [string, string, string]),
    filters: filters.map(([, hash]) => hash as string),
  };
}

/**
 * Deletes the content-named files of `bundle` that its current page tables do
 * not reference: those seeded from an earlier build whose content has changed
 * since. Returns how many were deleted.
 */
export function pruneBundle(bundle: string): number {
  const tables = [...pageTables(bundle).values()];
  const referenced = new Set(
    tables.flatMap((name) => {
      const { pages, chunks, filters } = readPageTable(join(bundle, name));
      return [...pages, ...chunks.map(([, , hash]) => hash), ...filters];
    }),
  );
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
      if (!referenced.has(name.slice(0, name.indexOf('.')))) remove(join(bundle, folder, name));
    }
  }
  return pruned;
}
