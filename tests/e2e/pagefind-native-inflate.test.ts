/**
 * What src/scripts/pagefind-native-inflate.ts (and chunk-words.ts, which reads
 * the chunks it inflates) assumes of Pagefind, checked by
 * name against the pagefind.js and the files the installed Pagefind built. A
 * Pagefind upgrade that breaks one fails here: read that module's header, then
 * adapt or remove it and this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { chunkWords } from '../../src/lib/search/chunk-words';
import { PAGEFIND_GZIP_FILE } from '../../src/scripts/pagefind-native-inflate';
import { DIST_DIR } from './paths';

/** The first language's bundle: every bundle has the same runtime and kinds of file. */
const bundle = join(
  DIST_DIR,
  'pagefind',
  readdirSync(join(DIST_DIR, 'pagefind'), { withFileTypes: true }).find((entry) =>
    entry.isDirectory(),
  )!.name,
);
const runtime = readFileSync(join(bundle, 'pagefind.js'), 'utf8');
/** The compact form of pagefind.js: no spaces, as the checks below are written. */
const compact = runtime.replace(/\s+/g, '');

describe('Pagefind, as the native inflating of its files assumes', () => {
  test('fetches its files with the global fetch, looked up at each call', () => {
    expect(compact).toMatch(/performFetch\(\w+\)\{try\{constresponse=awaitfetch\(/);
  });

  test('skips its own inflating when the bytes start with its signature', () => {
    expect(compact).toMatch(
      /decompress\(data[^)]*\)\{if\(this\.decoder\.decode\(data\.slice\(0,12\)\)==="pagefind_dcd"\)\{returndata\.slice\(12\);\}/,
    );
  });

  test('writes gzip files, named as the wrapper knows them, whose inflated bytes start with the signature', () => {
    const files = readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((file) =>
      PAGEFIND_GZIP_FILE.test(file),
    );
    const kinds = new Set(files.map((file) => file.split('.').at(-1)));
    expect([...kinds].sort()).toEqual([
      'pagefind',
      'pf_filter',
      'pf_fragment',
      'pf_index',
      'pf_meta',
    ]);
    for (const kind of kinds) {
      const file = files.find((name) => name.endsWith(`.${kind}`))!;
      const inflated = gunzipSync(readFileSync(join(bundle, file)));
      expect(inflated.subarray(0, 12).toString(), file).toBe('pagefind_dcd');
    }
  });

  test('lays out its index chunks as the search worker reads their words (chunk-words.ts)', () => {
    const chunks = readdirSync(join(bundle, 'index')).filter((file) => file.endsWith('.pf_index'));
    expect(chunks.length).toBeGreaterThan(0);
    for (const file of chunks) {
      const words = chunkWords(gunzipSync(readFileSync(join(bundle, 'index', file))));
      expect(words.length, file).toBeGreaterThan(0);
      // In Pagefind's order: by their UTF-8 bytes.
      const sorted = [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
      expect(words, file).toEqual(sorted);
    }
  });
});
