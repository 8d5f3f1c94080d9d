import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from 'cborg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildSearchIndex } from '../../../src/lib/search/build-search-index';
import {
  boundsBetween,
  readWord,
  splitChunk,
  splitFrequentWords,
} from '../../../src/lib/search/frequent-word-chunks';
import {
  pageTables,
  readBundleFile,
  readPageTable,
  writeBundleFile,
} from '../../../src/lib/search/search-bundle-files';
import { frequentWordBundle } from '../../fixtures/frequent-word-bundle';
import { useTempDirs } from '../../fixtures/temp-dirs';

const tempDir = useTempDirs();

/** A word entry as Pagefind writes it: on `pages` pages, `locations` times each. */
function word(
  text: string,
  pages: number,
  locations = 1,
): [string, [number, number[], number[]][], []] {
  return [
    text,
    Array.from({ length: pages }, (_, page) => [page, Array<number>(locations).fill(7), []]),
    [],
  ];
}

/**
 * A built site of `count` German article pages in which "und" is on every
 * page many times and each page has rare words of its own, some of them just
 * before "und" in alphabetical order, as in a real archive.
 */
function germanSite(count: number): string {
  const dir = tempDir('frequent-words-');
  for (let i = 0; i < count; i += 1) {
    mkdirSync(join(dir, 'de', 'articles', `a-${i}`), { recursive: true });
    const rare = ['ukraine', 'ulme', 'umbau', 'ueber', 'uhr'].map((w) => `${w}${i}`).join(' ');
    writeFileSync(
      join(dir, 'de', 'articles', `a-${i}`, 'index.html'),
      `<!doctype html><html lang="de"><head><title>T</title></head><body>
        <article data-pagefind-body><h1 data-pagefind-meta="title">Titel ${i}</h1>
        <p>${'und '.repeat(40)} ${rare} Bericht</p></article>
        <div hidden data-pagefind-ignore><span data-pagefind-meta="lang">de</span></div>
      </body></html>`,
    );
  }
  return dir;
}

/** The bundle's chunks in order, each as its list of words, read from its page table and files. */
function chunkWords(bundle: string): string[][] {
  const [table] = [...pageTables(bundle).values()];
  return readPageTable(join(bundle, table!)).chunks.map(([, , hash]) => {
    const [words] = decode(readBundleFile(join(bundle, 'index', `${hash}.pf_index`))) as [
      [string][],
    ];
    return words.map(([w]) => w);
  });
}

/** A chunk as Pagefind encodes it. */
function chunkBytes(...words: ReturnType<typeof word>[]): Uint8Array {
  return encode([words]);
}

describe('readWord', () => {
  it('reads a word’s text and its size as Pagefind measures chunks', () => {
    const bytes = chunkBytes(word('ukraine', 3), word('und', 600, 5));
    // The first word starts after the chunk's two array heads (1 and 2 items: one byte each).
    expect(readWord(bytes, 2)).toEqual({ text: 'ukraine', size: 3 * 2 });
  });
});

describe('splitChunk', () => {
  it('gives a last word that fills a chunk by itself a chunk of its own, with the same bytes', () => {
    const words = [word('ukraine', 3), word('ulme', 2), word('und', 600, 5)];
    const split = splitChunk(chunkBytes(...words), 1000)!;
    expect(split.parts.map((part) => decode(part))).toEqual([[words.slice(0, 2)], [[words[2]]]]);
    // Each part is two array heads of one byte, then the words' bytes as they were.
    const wordBytes = Buffer.concat(split.parts.map((part) => part.subarray(2)));
    expect(wordBytes.equals(chunkBytes(...words).subarray(2))).toBe(true);
    expect(split.between).toEqual(['ul', 'un']);
  });

  it('leaves a chunk whole when its last word is smaller than a chunk, or alone', () => {
    expect(splitChunk(chunkBytes(word('ukraine', 3), word('und', 100)), 1000)).toBeUndefined();
    expect(splitChunk(chunkBytes(word('und', 600, 5)), 1000)).toBeUndefined();
    expect(splitChunk(chunkBytes(word('ukraine', 3), word('und', 600, 5)), NaN)).toBeUndefined();
  });

  it('throws on what is not a chunk as Pagefind 1.6 writes it', () => {
    expect(() =>
      splitChunk(
        encode([
          [
            ['ukraine', 5],
            ['und', 5],
          ],
        ]),
        1000,
      ),
    ).toThrow(/pages: a CBOR array expected/);
    expect(() => splitChunk(encode(['und']), 1000)).toThrow(/words: a CBOR array expected/);
  });
});

describe('boundsBetween', () => {
  it('cuts the last word of a chunk and the first of the next after their common prefix and one more character', () => {
    expect(boundsBetween('apricot', 'banana')).toEqual(['a', 'b']);
    expect(boundsBetween('banana', 'bandit')).toEqual(['bana', 'band']);
    expect(boundsBetween('ab', 'abc')).toEqual(['ab', 'abc']);
  });
});

describe('splitFrequentWords', () => {
  it('keeps the chunks it does not split as Pagefind listed them, and gives a split one Pagefind’s bounds', async () => {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '500';
    let site: string;
    try {
      site = await frequentWordBundle('ukrain', 'um', { pages: 100 });
    } finally {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    }
    onTestFinished(() => rmSync(site, { recursive: true, force: true }));
    const bundle = join(site, 'pagefind', 'en');
    const table = () => readPageTable(join(bundle, [...pageTables(bundle).values()][0]!)).chunks;
    const before = table();
    const wordsBefore = chunkWords(bundle);
    expect(splitFrequentWords(bundle, 500).split).toBeGreaterThan(0);
    const after = table();
    const kept = new Set(after.map(([, , hash]) => hash));
    let next = 0;
    for (const [i, [from, to, hash]] of before.entries()) {
      if (kept.has(hash)) {
        expect(after[next]).toEqual([from, to, hash]);
        next += 1;
        continue;
      }
      // Split: the outer bounds stay, the inner ones follow Pagefind's rule.
      const words = wordsBefore[i]!;
      const [innerTo, innerFrom] = boundsBetween(words.at(-2)!, words.at(-1)!);
      expect(after[next]!.slice(0, 2)).toEqual([from, innerTo]);
      expect(after[next + 1]!.slice(0, 2)).toEqual([innerFrom, to]);
      next += 2;
    }
    expect(next).toBe(after.length);
  });

  it('puts a word on every page in a chunk of its own, keeping every word in order, when the build indexes', async () => {
    const dir = germanSite(60);
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '100';
    const bundle = join(dir, 'pagefind', 'de');
    try {
      await buildSearchIndex(dir);
    } finally {
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    }
    const after = chunkWords(bundle);
    expect(after).toContainEqual(['und']);
    // Every chunk file the table names is there, and no other.
    const [table] = [...pageTables(bundle).values()];
    const hashes = readPageTable(join(bundle, table!)).chunks.map(([, , hash]) => hash);
    expect(readdirSync(join(bundle, 'index')).sort()).toEqual(
      hashes.map((hash) => `${hash}.pf_index`).sort(),
    );
    expect(readdirSync(bundle).filter((name) => name.endsWith('.pf_meta'))).toEqual([table]);
    // Splitting again finds nothing left to split.
    expect(splitFrequentWords(bundle, 100)).toEqual({ split: 0 });
    expect(chunkWords(bundle)).toEqual(after);
    const words = after.flat();
    expect(words).toEqual([...words].sort());
    expect(words).toContain('ukraine7');
  });

  it('stops, naming the file, when a chunk is not laid out as Pagefind 1.6 writes it', async () => {
    const dir = germanSite(3);
    await buildSearchIndex(dir);
    const bundle = join(dir, 'pagefind', 'de');
    const [name] = readdirSync(join(bundle, 'index'));
    writeBundleFile(join(bundle, 'index', name!), Uint8Array.of(0x82, 0x61, 0x61, 0x61, 0x62));
    expect(() => splitFrequentWords(bundle, 100)).toThrow(
      new RegExp(`${name}: the index chunk is not laid out as Pagefind 1\\.6 writes it`),
    );
    const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zxx']);
  });

  it('stops, naming the file, when the page table does not list chunks as Pagefind 1.6 does', async () => {
    const dir = germanSite(3);
    await buildSearchIndex(dir);
    const bundle = join(dir, 'pagefind', 'de');
    const [table] = [...pageTables(bundle).values()];
    writeBundleFile(join(bundle, table!), encode(['1.6.0', [], [['a', 'b']], [], [], []]));
    expect(() => splitFrequentWords(bundle, 100)).toThrow(
      new RegExp(
        `${table!.replace(/\./g, '\\.')}: the page table is not laid out as Pagefind 1\\.6 writes it`,
      ),
    );
  });
});
