import { describe, expect, it } from 'vitest';
import {
  decodePageLanguages,
  encodePageLanguages,
  languageFacet,
} from '../../../src/lib/search/page-languages';

const table = new Map([
  ['zxx_b2', 'ru'],
  ['zxx_a1', 'de'],
  ['zxx_c3', 'ru'],
  ['zxx_d4', 'pl'],
]);

describe('encodePageLanguages / decodePageLanguages', () => {
  it('stores the ids of each language sorted, and reads them back', () => {
    const stored = encodePageLanguages(table);
    expect(stored).toEqual({ de: 'zxx_a1', pl: 'zxx_d4', ru: 'zxx_b2 zxx_c3' });
    expect(decodePageLanguages(JSON.parse(JSON.stringify(stored)))).toEqual(table);
  });

  it('reads an empty table', () => {
    expect(decodePageLanguages(encodePageLanguages(new Map()))).toEqual(new Map());
  });

  it('rejects what is not a table, naming the file', () => {
    expect(() => decodePageLanguages(['ru'])).toThrow(/page-languages\.json: expected an object/);
    expect(() => decodePageLanguages({ ru: 3 })).toThrow(/page ids of "ru" are not a string/);
  });
});

describe('languageFacet', () => {
  const results = ['zxx_c3', 'zxx_a1', 'zxx_b2', 'zxx_d4', 'zxx_new'].map((id) => ({ id }));

  it('counts every match by language and keeps all when no language is chosen', () => {
    const facet = languageFacet(results, table, []);
    expect(facet.counts).toEqual({ ru: 2, de: 1, pl: 1 });
    expect(facet.kept).toEqual(results);
  });

  it('keeps the chosen languages in rank order, counts still over all matches', () => {
    const facet = languageFacet(results, table, ['ru', 'pl']);
    expect(facet.kept.map((r) => r.id)).toEqual(['zxx_c3', 'zxx_b2', 'zxx_d4']);
    expect(facet.counts).toEqual({ ru: 2, de: 1, pl: 1 });
  });

  it('leaves a page the table does not know out of a chosen language', () => {
    expect(languageFacet(results, table, ['de']).kept.map((r) => r.id)).toEqual(['zxx_a1']);
  });
});
