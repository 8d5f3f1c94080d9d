import { describe, expect, it } from 'vitest';
import { equivalentTable } from '../../../src/lib/search/equivalent-table';
import { conceptCode, type Concept } from '../../../src/lib/search/equivalents';
import { expandQuery } from '../../../src/lib/search/expand-query';
import { queryKey } from '../../../src/lib/search/search-key';

const concepts: Concept[] = [
  {
    id: 'entity:moscow',
    kind: 'entity',
    forms: { en: ['Moscow'], es: ['Moscú'], de: ['Moskau'], ru: ['Москва'], pl: ['Moskwa'] },
  },
  {
    id: 'entity:eu',
    kind: 'entity',
    forms: { en: ['European Union', 'EU'], es: ['Unión Europea', 'UE'], ru: ['Евросоюз'] },
  },
  { id: 'word:war', kind: 'word', forms: { en: ['war'], de: ['krieg'], ru: ['война'] } },
  // Shares the lookup key of "war" ("var"): a query spelt "war" must not pick it.
  { id: 'word:boil', kind: 'word', forms: { en: ['boil'], ru: ['варить'] } },
];
const table = equivalentTable(concepts);
const loaded: string[] = [];
const loadShard = (shard: string) => {
  loaded.push(shard);
  return Promise.resolve(table.get(shard) ?? {});
};

describe('expandQuery', () => {
  it('turns a name in any language, script or inflection into its concept code', async () => {
    for (const query of ['Moscow', 'Москвой', 'Moskwa', 'Moscú']) {
      const expanded = await expandQuery(query, loadShard);
      expect(expanded?.terms).toEqual([conceptCode('entity:moscow')]);
    }
  });

  it('reads a multi-word name as one concept and keeps the other words', async () => {
    const expanded = await expandQuery('Unión Europea sanciones', loadShard);
    expect(expanded?.terms).toEqual([conceptCode('entity:eu'), queryKey('sanciones')]);
    expect(expanded?.expansions.map((e) => e.query)).toEqual(['Unión Europea']);
  });

  it('prefers the concept with a form spelt as typed among those sharing a key', async () => {
    const expanded = await expandQuery('war', loadShard);
    expect(expanded?.terms).toEqual([conceptCode('word:war')]);
    expect(expanded?.expansions[0]?.markKeys.any).toEqual(
      expect.arrayContaining([queryKey('krieg'), queryKey('война')]),
    );
    // Each language's own forms mark a text of that language.
    expect(expanded?.expansions[0]?.markKeys.byLang.de).toContain(queryKey('krieg'));
    expect(expanded?.expansions[0]?.markKeys.byLang.de).not.toContain(queryKey('война'));
  });

  it('gives nothing for a query without equivalents, loading only its words\u2019 shards', async () => {
    loaded.length = 0;
    expect(await expandQuery('Kampfdrohnen Finanzströme', loadShard)).toBeUndefined();
    expect(loaded.length).toBeLessThanOrEqual(2);
  });
});
