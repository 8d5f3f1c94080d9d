import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeEquivalentFiles } from '../../../src/lib/search/equivalent-files';
import { loadConcepts } from '../../../src/lib/search/equivalent-sources';
import { equivalentTable } from '../../../src/lib/search/equivalent-table';
import { EQUIVALENTS_FOLDER, lookupKey, SHARD_COUNT } from '../../../src/lib/search/equivalents';
import { useTempDirs } from '../../fixtures/temp-dirs';

// The project's own sources: the entity catalog, CLDR and the lexicon.
const ROOT = process.cwd();
const tempDir = useTempDirs();
const shardsOf = (site: string) =>
  readdirSync(join(site, EQUIVALENTS_FOLDER)).filter((name) => name !== 'built-with.json');

describe('writeEquivalentFiles', () => {
  // Three computations of the whole table, a few seconds each.
  it('writes every shard of the table, and a rebuild links the last build’s files', async () => {
    const first = tempDir('equivalents-');
    expect(await writeEquivalentFiles(ROOT, first)).toEqual({
      files: SHARD_COUNT + 1,
      reused: false,
    });
    expect(shardsOf(first)).toHaveLength(SHARD_COUNT);
    // What the search page loads: the table's shard of a word, as computed.
    const { concepts } = await loadConcepts(ROOT);
    const table = equivalentTable(concepts);
    const [shard, content] = [...table].find(([, entries]) => lookupKey('war') in entries) ?? [];
    expect(content?.[lookupKey('war')]).toBeDefined();
    const file = join(first, EQUIVALENTS_FOLDER, `${shard}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(content);

    const second = tempDir('equivalents-');
    expect(await writeEquivalentFiles(ROOT, second, first)).toEqual({
      files: SHARD_COUNT + 1,
      reused: true,
    });
    const linked = join(second, EQUIVALENTS_FOLDER, `${shard}.json`);
    expect(statSync(linked).ino).toBe(statSync(file).ino);

    // A table with a shard missing (deleted by hand) is computed again.
    const gap = tempDir('equivalents-');
    rmSync(linked);
    expect(await writeEquivalentFiles(ROOT, gap, second)).toMatchObject({ reused: false });
    expect(shardsOf(gap)).toHaveLength(SHARD_COUNT);

    // A table built from other sources or code (its stamp differs) is computed again.
    writeFileSync(join(first, EQUIVALENTS_FOLDER, 'built-with.json'), '{"concepts":"other"}');
    const third = tempDir('equivalents-');
    expect(await writeEquivalentFiles(ROOT, third, first)).toMatchObject({ reused: false });
    const again = join(third, EQUIVALENTS_FOLDER, `${shard}.json`);
    expect(statSync(again).ino).not.toBe(statSync(file).ino);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(file, 'utf8'));
  }, 60_000);
});
