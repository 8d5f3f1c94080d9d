import { describe, expect, it } from 'vitest';
import { explainMatch, mergeResults } from '../../../src/lib/search/expanded-results';
import type { Expansion } from '../../../src/lib/search/expand-query';
import { queryKey } from '../../../src/lib/search/search-key';

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
    markKeys: ['moscov', 'moscu', 'moskau', queryKey('Москва')],
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
});
