import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { writeIndexChunks } from '../../../src/lib/search/index-chunks-file';
import { pruneBundle, reuseBundle, seedBundle } from '../../../src/lib/search/search-bundle-files';
import { useTempDirs } from '../../fixtures/temp-dirs';

const tempDir = useTempDirs();

/** A bundle folder with the given files (path → content). */
function bundle(files: Record<string, string | Buffer>): string {
  const dir = tempDir('bundle-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const entry = (hash: string) => JSON.stringify({ languages: { zxx: { hash } } });
/** A page table as Pagefind 1.6 writes it, with these fragment, chunk and filter hashes. */
const table = ({
  pages = [] as string[],
  chunks = [] as string[],
  filters = [] as string[],
  starts = undefined as string[] | undefined,
} = {}) =>
  gzipSync(
    Buffer.concat([
      Buffer.from('pagefind_dcd'),
      encode([
        '1.6.0',
        pages.map((hash) => [hash, 120]),
        chunks.map((hash, i) => [starts?.[i] ?? `a${i}`, `b${i}`, hash]),
        filters.map((hash) => ['entity', hash]),
        [],
        ['title'],
      ]),
    ]),
  );

describe('seedBundle', () => {
  it('links the content-named files of the last bundle, not the ones Pagefind overwrites', () => {
    const previous = bundle({
      'pagefind-entry.json': entry('zxx_aaaaaaa'),
      'pagefind.js': 'runtime',
      'pagefind.zxx_aaaaaaa.pf_meta': table(),
      'fragment/zxx_1111111.pf_fragment': 'f',
      'index/zxx_2222222.pf_index': 'i',
    });
    const next = join(bundle({}), 'pagefind');
    expect(seedBundle(previous, next)).toBe(3);
    expect(readdirSync(next).sort()).toEqual(['fragment', 'index', 'pagefind.zxx_aaaaaaa.pf_meta']);
    expect(statSync(join(next, 'fragment/zxx_1111111.pf_fragment')).nlink).toBe(2);
  });

  it('seeds nothing when there is no last bundle', () => {
    expect(seedBundle(join(bundle({}), 'missing'), join(bundle({}), 'pagefind'))).toBe(0);
  });
});

describe('pruneBundle', () => {
  it('deletes the files the current page table does not name, and old page tables', () => {
    const dir = bundle({
      'pagefind-entry.json': entry('zxx_bbbbbbb'),
      'pagefind.zxx_bbbbbbb.pf_meta': table({
        pages: ['zxx_1111111'],
        chunks: ['zxx_4444444'],
        filters: ['zxx_3333333'],
      }),
      'pagefind.zxx_aaaaaaa.pf_meta': table({ pages: ['zxx_2222222'] }),
      'fragment/zxx_1111111.pf_fragment': 'kept',
      'fragment/zxx_2222222.pf_fragment': 'stale',
      'index/zxx_4444444.pf_index': 'kept',
      'index/zxx_5555555.pf_index': 'stale',
      'filter/zxx_3333333.pf_filter': 'kept',
    });
    expect(pruneBundle(dir)).toBe(3);
    expect(existsSync(join(dir, 'index/zxx_4444444.pf_index'))).toBe(true);
    expect(existsSync(join(dir, 'index/zxx_5555555.pf_index'))).toBe(false);
    expect(existsSync(join(dir, 'fragment/zxx_1111111.pf_fragment'))).toBe(true);
    expect(existsSync(join(dir, 'filter/zxx_3333333.pf_filter'))).toBe(true);
    expect(existsSync(join(dir, 'fragment/zxx_2222222.pf_fragment'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind.zxx_aaaaaaa.pf_meta'))).toBe(false);
  });

  it('stops, naming the file, at a page table it cannot read, before deleting anything', () => {
    const dir = bundle({
      'pagefind-entry.json': entry('zxx_bbbbbbb'),
      'pagefind.zxx_bbbbbbb.pf_meta': gzipSync(
        Buffer.from('pagefind_dcd\x83\x61a\x61b\x61c', 'latin1'),
      ),
      'fragment/zxx_1111111.pf_fragment': 'kept',
    });
    expect(() => pruneBundle(dir)).toThrow(/pagefind\.zxx_bbbbbbb\.pf_meta: not a page table/);
    expect(existsSync(join(dir, 'fragment/zxx_1111111.pf_fragment'))).toBe(true);
  });
});

describe('reuseBundle', () => {
  it('links every file of an unchanged bundle, scripts and entry included', () => {
    const previous = bundle({
      'pagefind-entry.json': entry('zxx_aaaaaaa'),
      'pagefind.js': 'runtime',
      'fragment/zxx_1111111.pf_fragment': 'f',
    });
    const next = join(bundle({}), 'pagefind', 'es');
    expect(reuseBundle(previous, next)).toBe(3);
    expect(readdirSync(next, { recursive: true }).sort()).toEqual([
      'fragment',
      'fragment/zxx_1111111.pf_fragment',
      'pagefind-entry.json',
      'pagefind.js',
    ]);
    expect(statSync(join(next, 'pagefind.js')).ino).toBe(
      statSync(join(previous, 'pagefind.js')).ino,
    );
  });
});

describe('writeIndexChunks', () => {
  it('lists the chunk first words of every bundle once, sorted', () => {
    const es = bundle({
      'pagefind-entry.json': entry('zxx_aaaaaaa'),
      'pagefind.zxx_aaaaaaa.pf_meta': table({ chunks: ['c1', 'c2'], starts: ['a', 'putin'] }),
    });
    const ru = bundle({
      'pagefind-entry.json': entry('zxx_bbbbbbb'),
      'pagefind.zxx_bbbbbbb.pf_meta': table({ chunks: ['c3', 'c4'], starts: ['a', 'kasah'] }),
    });
    const folder = bundle({});
    expect(writeIndexChunks(folder, [es, ru])).toBe(3);
    expect(JSON.parse(readFileSync(join(folder, 'index-chunks.json'), 'utf8'))).toEqual([
      'a',
      'kasah',
      'putin',
    ]);
  });
});
