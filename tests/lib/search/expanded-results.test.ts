import { describe, expect, it } from 'vitest';
import { equivalentTable } from '../../../src/lib/search/equivalent-table';
import { buildExcerpt } from '../../../src/lib/search/excerpt';
import { explainMatch, markKeys, mergeResults } from '../../../src/lib/search/expanded-results';
import { expandQuery, type Expansion } from '../../../src/lib/search/expand-query';
import { queryKey } from '../../../src/lib/search/search-key';

/** The European Union's entry, as the catalog gives its forms. */
const table = equivalentTable([
  {
    id: 'entity:eu',
    kind: 'entity',
    forms: {
      en: ['European Union', 'EU'],
      pl: ['Unia Europejska', 'UE', 'Unii Europejskiej'],
      ru: ['Европейский союз', 'ЕС', 'Евросоюз'],
    },
  },
]);

describe('mergeResults', () => {
  it('puts the articles with the reader\u2019s own word first and marks the others', () => {
    const { results, expandedOnly } = mergeResults(
      [{ id: 'a' }, { id: 'b' }],
      [{ id: 'c' }, { id: 'a' }, { id: 'd' }],
    );
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect([...expandedOnly]).toEqual(['c', 'd']);
  });
});

describe('explainMatch', () => {
  const moscow: Expansion = {
    query: 'Moscow',
    concept: { code: 'zzaaaaaaa', kind: 'entity', forms: {} },
    markKeys: { any: ['moscov', 'moscu', 'moskau', queryKey('Москва')], byLang: {} },
  };

  it('names the word of the text that matched, in its language, for the query words', () => {
    expect(explainMatch('Das Treffen in Moskau endete.', 'de', [moscow])).toEqual([
      { found: 'Moskau', lang: 'de', query: 'Moscow' },
    ]);
    expect(explainMatch('Встреча в Москве.', 'ru', [moscow])).toEqual([
      { found: 'Москве', lang: 'ru', query: 'Moscow' },
    ]);
  });

  it('gives nothing when no form occurs', () => {
    expect(explainMatch('Nichts davon.', 'de', [moscow])).toEqual([]);
  });

  it("reads a text by its own language's forms first, then by the others'", async () => {
    const eu = (await expandQuery('European Union', async (shard) => table.get(shard) ?? {}))!
      .expansions;
    // The Russian "ЕС" is keyed "es", which starts the Polish "jest" (is) and "jeśli" (if).
    const polish = 'Jeśli to jest prawda, Unia Europejska zareaguje.';
    expect(explainMatch(polish, 'pl', eu)).toEqual([
      { found: 'Unia', lang: 'pl', query: 'European Union' },
    ]);
    expect(buildExcerpt(polish, markKeys([], { terms: [], expansions: eu }), 'pl')).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ text: 'jest', mark: true })]),
    );
    // A Polish text that names the union only in English still says how it matched.
    expect(explainMatch('Komisja EU zareaguje.', 'pl', eu)).toEqual([
      { found: 'EU', lang: 'pl', query: 'European Union' },
    ]);
  });
});
