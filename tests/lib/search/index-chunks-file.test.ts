import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunksToPreload, decodeIndexChunks } from '../../../src/lib/search/index-chunks';
import { readPageTable } from '../../../src/lib/search/search-bundle-files';
import { splitFamilyBundle } from '../../fixtures/split-family-bundle';

let site: string;
let bundle: string;
beforeAll(async () => {
  site = await splitFamilyBundle('putin');
  bundle = join(site, 'pagefind', 'en');
}, 60_000);
afterAll(() => rmSync(site, { recursive: true, force: true }));

/** The bundle's page table file. */
function pageTable(): string {
  const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'));
  return join(bundle, `pagefind.${entry.languages.zxx.hash}.pf_meta`);
}

describe('writeIndexChunks', () => {
  it('lists the first word of every chunk file of the bundle, sorted', () => {
    const { chunks, pages } = readPageTable(pageTable());
    const files = readdirSync(join(bundle, 'index')).map((name) => name.replace(/\.pf_index$/, ''));
    expect(chunks.map(([, , hash]) => hash).sort()).toEqual(files.sort());
    // The page table names every fragment of the bundle, one per page.
    const fragments = readdirSync(join(bundle, 'fragment')).map((name) => name.split('.')[0]);
    expect(pages.slice().sort()).toEqual(fragments.sort());
    const listed = decodeIndexChunks(
      JSON.parse(readFileSync(join(site, 'pagefind', 'index-chunks.json'), 'utf8')),
    );
    expect(listed).toEqual(chunks.map(([from]) => from).sort());
    // Chunks cover word ranges in order: each starts after the one before ends.
    for (let i = 1; i < chunks.length; i += 1) expect(chunks[i]![0] > chunks[i - 1]![1]).toBe(true);
  });

  it('shows the family of words split across chunks, as the search page must handle', () => {
    const listed = decodeIndexChunks(
      JSON.parse(readFileSync(join(site, 'pagefind', 'index-chunks.json'), 'utf8')),
    );
    expect(chunksToPreload(listed, 'putin').length).toBeGreaterThan(0);
  });

  it('names the page table when it is not what Pagefind 1.6 writes', () => {
    const broken = join(site, 'broken.pf_meta');
    writeFileSync(broken, gzipSync(Buffer.from('pagefind_dcd\x83\x61a\x61b\x61c', 'latin1')));
    expect(() => readPageTable(broken)).toThrow(/broken\.pf_meta: not a page table/);
  });
});
