import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from 'cborg';
import { arrayAt, arrayHead, readHead, skipItem, textAt } from './cbor-items';
import { pageTables, readBundleFile, writeBundleFile } from './search-bundle-files';

/**
 * Gives each frequent word of a Pagefind bundle an index chunk of its own.
 *
 * Why: Pagefind (1.6) fills a chunk word by word, in alphabetical order, and
 * closes it after the word that takes it past the chunk size. A word in most
 * of a language's articles ("und", "um", "un", "even") is past the size on its
 * own, so it closes a chunk together with the rarer words before it, and a
 * query for one of those downloads and decodes the frequent word's locations
 * too: at 100,000 articles "Ukraine" fetched German "um" and Spanish "un",
 * most of the chunk bytes the query loaded (docs/performance.md). Most such
 * words are stop words that the search refuses as queries (query-check.ts);
 * a query for one of the others loads it alone.
 *
 * What: after Pagefind has written a bundle, every chunk whose last word is
 * as large as a chunk by itself is split in two, the words before it and the
 * word alone (`splitChunk`). Words, their order and their bytes are
 * unchanged, only regrouped. In the page table the chunks left whole keep the
 * word-range bounds Pagefind wrote, and the bound between the two parts of a
 * split one follows Pagefind's rule (`boundsBetween`), so Pagefind's browser
 * code finds a term's chunk as it does its own.
 *
 * The workaround assumes Pagefind 1.6's file layout: a chunk is `[[word…]]`,
 * a word `[text, [[page, locations, meta locations]…], …]`, and the page
 * table's third field is its chunk list `[from, to, hash]` and encodes back to
 * itself byte for byte. Anything else throws, naming the file, and
 * tests/lib/search/frequent-word-chunks.test.ts fails by name. It can go when
 * Pagefind sizes its chunks so itself (its indexer has a "parameterize these
 * chunk sizes" to-do).
 */

/** A word of a chunk: its text and its size as Pagefind measures chunks (per page, one plus its locations). */
export interface ChunkWord {
  text: string;
  size: number;
}

/** Reads the word item at `pos` of a chunk: `[text, [[page, locations, meta locations]…], …]`. */
export function readWord(bytes: Uint8Array, pos: number): ChunkWord {
  const word = arrayAt(bytes, pos, 'word');
  if (word.value < 2) throw new Error(`word: too few fields at byte ${pos}`);
  const { text, end } = textAt(bytes, word.next, 'word');
  const pages = arrayAt(bytes, end, 'pages');
  let size = 0;
  let at = pages.next;
  for (let i = 0; i < pages.value; i += 1) {
    const page = arrayAt(bytes, at, 'page');
    at = skipItem(bytes, page.next);
    size += 1;
    for (let field = 1; field < page.value; field += 1) {
      const { major, value } = readHead(bytes, at);
      if (field <= 2 && major === 4) size += value;
      else if (field === 1) throw new Error(`page: locations expected at byte ${at}`);
      at = skipItem(bytes, at);
    }
  }
  return { text, size };
}

/** Where each word item of a chunk `[[word…]]` starts, and where the last ends. */
function wordStarts(bytes: Uint8Array): { starts: number[]; end: number } {
  const top = arrayAt(bytes, 0, 'chunk');
  if (top.value !== 1) throw new Error('chunk: one field expected');
  const words = arrayAt(bytes, top.next, 'words');
  const starts: number[] = [];
  let at = words.next;
  for (let i = 0; i < words.value; i += 1) {
    starts.push(at);
    at = skipItem(bytes, at);
  }
  if (at !== bytes.length) throw new Error(`chunk: ${bytes.length - at} bytes after its words`);
  return { starts, end: at };
}

/**
 * The bounds Pagefind gives two neighbouring chunks (its `chunk_meta`): the
 * last word of the one and the first word of the next, each cut after their
 * common prefix and one more character. Returns [to of the one, from of the next].
 */
export function boundsBetween(last: string, first: string): [to: string, from: string] {
  const a = [...last];
  const b = [...first];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** A chunk split in two: the words before its last word, and that word alone. */
export interface ChunkSplit {
  parts: [Uint8Array, Uint8Array];
  /** The bounds between the two parts: [to of the first, from of the second]. */
  between: [string, string];
}

/**
 * Splits the chunk `bytes` (without Pagefind's signature) before its last
 * word when that word alone fills a chunk of `chunkSize`; undefined when it
 * does not, or when the chunk has one word (a size that is not a positive
 * number splits nothing). The parts are the chunk's own bytes, regrouped.
 * Throws when the chunk is not laid out as Pagefind 1.6 writes it.
 */
export function splitChunk(bytes: Uint8Array, chunkSize: number): ChunkSplit | undefined {
  const { starts, end } = wordStarts(bytes);
  const lastStart = starts.at(-1);
  if (starts.length < 2 || lastStart === undefined || !(chunkSize > 0)) return undefined;
  const last = readWord(bytes, lastStart);
  if (last.size < chunkSize) return undefined;
  const before = readWord(bytes, starts.at(-2)!);
  const part = (count: number, from: number, to: number) =>
    Buffer.concat([arrayHead(1), arrayHead(count), bytes.subarray(from, to)]);
  return {
    parts: [part(starts.length - 1, starts[0]!, lastStart), part(1, lastStart, end)],
    between: boundsBetween(before.text, last.text),
  };
}

/** What splitting did to a bundle. */
export interface ChunkSplitReport {
  /** Chunks split in two. */
  split: number;
}

/** A file that is not what Pagefind 1.6 writes: the build stops rather than serve a mangled index. */
function layoutError(file: string, what: string, cause?: unknown): Error {
  const detail = cause instanceof Error ? ` (${cause.message})` : '';
  return new Error(
    `${file}: ${what} is not laid out as Pagefind 1.6 writes it${detail}; has its format changed? (see frequent-word-chunks.ts)`,
  );
}

/**
 * A name for a new chunk or page table at `path(name)`: `<language>_` and the
 * start of its content's hash, as long as Pagefind makes its own (7 hex
 * digits: the page table lists every chunk's name, and the search page loads
 * it before the first search), longer when that is taken by another name of
 * the table or by a file with other content (one kept from the last build).
 * Returns the name, and whether the file still has to be written.
 */
function contentName(
  language: string,
  content: Uint8Array,
  path: (name: string) => string,
  taken: ReadonlySet<string>,
): { name: string; write: boolean } {
  const hex = createHash('sha256').update(content).digest('hex');
  for (let length = 7; length <= hex.length; length += 1) {
    const name = `${language}_${hex.slice(0, length)}`;
    if (taken.has(name)) continue;
    if (!existsSync(path(name))) return { name, write: true };
    if (readBundleFile(path(name)).equals(content)) return { name, write: false };
  }
  throw new Error(`${path(language)}: no free name for a file of the bundle`);
}

/**
 * Splits the chunks of every page table of the Pagefind `bundle` whose last
 * word fills a chunk of `size` by itself (`splitChunk`), writing the new
 * chunks and page table and deleting those they replace. Files already there
 * are not written again: they are content-named, and may be links to the
 * last build's (see search-bundle-files.ts).
 */
export function splitFrequentWords(bundle: string, size: number): ChunkSplitReport {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  let split = 0;
  for (const [language, tableName] of pageTables(bundle)) {
    const tableFile = join(bundle, tableName);
    const content = readBundleFile(tableFile);
    const table = decode(content, { useMaps: true }) as unknown[];
    const listed = Array.isArray(table) ? (table[2] as [string, string, string][]) : undefined;
    const chunkRow = (row: unknown) =>
      Array.isArray(row) && row.length === 3 && row.every((field) => typeof field === 'string');
    if (
      !Array.isArray(listed) ||
      !listed.every(chunkRow) ||
      !Buffer.from(encode(table)).equals(content)
    ) {
      throw layoutError(tableFile, 'the page table');
    }
    const chunkFile = (hash: string) => join(bundle, 'index', `${hash}.pf_index`);
    const chunks: [string, string, string][] = [];
    const taken = new Set(listed.map(([, , hash]) => hash));
    const replaced: string[] = [];
    for (const [from, to, hash] of listed) {
      let cut: ChunkSplit | undefined;
      try {
        cut = splitChunk(readBundleFile(chunkFile(hash)), size);
      } catch (error) {
        throw layoutError(chunkFile(hash), 'the index chunk', error);
      }
      if (!cut) {
        chunks.push([from, to, hash]);
        continue;
      }
      replaced.push(hash);
      // The outer bounds stay: the neighbours' words are the same.
      const bounds = [
        [from, cut.between[0]],
        [cut.between[1], to],
      ];
      cut.parts.forEach((bytes, i) => {
        const { name, write } = contentName(language, bytes, chunkFile, taken);
        if (write) writeBundleFile(chunkFile(name), bytes);
        taken.add(name);
        chunks.push([bounds[i]![0]!, bounds[i]![1]!, name]);
      });
    }
    if (replaced.length === 0) continue;
    split += replaced.length;
    table[2] = chunks;
    const bytes = encode(table);
    const tablePath = (name: string) => join(bundle, `pagefind.${name}.pf_meta`);
    const { name, write } = contentName(language, bytes, tablePath, new Set());
    if (write) writeBundleFile(tablePath(name), bytes);
    entry.languages[language]!.hash = name;
    if (tablePath(name) !== tableFile) rmSync(tableFile);
    for (const hash of replaced) rmSync(chunkFile(hash));
  }
  // Written anew rather than in place: it may be a link to the last build's.
  if (split > 0) {
    rmSync(entryFile);
    writeFileSync(entryFile, JSON.stringify(entry));
  }
  return { split };
}
