import { describe, expect, it } from 'vitest';
import {
  decodePageLanguages,
  encodePageLanguages,
  languageFacet,
  newestFirst,
  searchBundles,
  UNDATED,
} from '../../../src/lib/search/page-languages';

const table = new Map([
  ['zxx_b2', { lang: 'ru', date: '2023-06' }],
  ['zxx_a1', { lang: 'de', date: '2024-01-02' }],
  ['zxx_c3', { lang: 'ru', date: UNDATED }],
  ['zxx_d4', { lang: 'pl', date: '2023-06-14' }],
]);

describe('encodePageLanguages / decodePageLanguages', () => {
  it('stores the ids of each language sorted with their dates, and reads them back', () => {
    const stored = encodePageLanguages(table);
    expect(stored).toEqual({
      de: { ids: 'zxx_a1', dates: '2024-01-02' },
      pl: { ids: 'zxx_d4', dates: '2023-06-14' },
      ru: { ids: 'zxx_b2 zxx_c3', dates: `2023-06 ${UNDATED}` },
    });
    expect(decodePageLanguages(JSON.parse(JSON.stringify(stored)))).toEqual(table);
  });

  it('stores a language split among several bundles by bundle, and reads back each page in its bundle', () => {
    const split = new Map([
      ['zxx_b2', { lang: 'ru', date: '2023-06', bundle: 'ru.2' }],
      ['zxx_a1', { lang: 'de', date: '2024-01-02' }],
      ['zxx_c3', { lang: 'ru', date: UNDATED, bundle: 'ru.1' }],
      ['zxx_e5', { lang: 'ru', date: '2022', bundle: 'ru.1' }],
    ]);
    const stored = encodePageLanguages(split);
    expect(stored).toEqual({
      de: { ids: 'zxx_a1', dates: '2024-01-02' },
      'ru.1': { ids: 'zxx_c3 zxx_e5', dates: `${UNDATED} 2022` },
      'ru.2': { ids: 'zxx_b2', dates: '2023-06' },
    });
    const read = JSON.parse(JSON.stringify(stored));
    expect(decodePageLanguages(read)).toEqual(split);
    expect(searchBundles(read)).toEqual(['de', 'ru.1', 'ru.2']);
  });

  it('reads an empty table', () => {
    expect(decodePageLanguages(encodePageLanguages(new Map()))).toEqual(new Map());
  });

  it('rejects what is not a table, naming the file', () => {
    expect(() => decodePageLanguages(['ru'])).toThrow(/page-languages\.json: expected an object/);
    expect(() => decodePageLanguages({ ru: 3 })).toThrow(/"ru" needs as many dates as page ids/);
    expect(() => decodePageLanguages({ ru: { ids: 'a b', dates: '2023' } })).toThrow(
      /"ru" needs as many dates as page ids/,
    );
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

describe('newestFirst', () => {
  it('orders every language together by date, a month after its days, undated and unknown last', () => {
    const results = ['zxx_c3', 'zxx_new', 'zxx_b2', 'zxx_d4', 'zxx_a1'].map((id) => ({ id }));
    expect(newestFirst(results, table).map((r) => r.id)).toEqual([
      'zxx_a1',
      'zxx_d4',
      'zxx_b2',
      'zxx_c3',
      'zxx_new',
    ]);
  });

  it('keeps the order of equal dates', () => {
    const same = new Map([
      ['x', { lang: 'es', date: '2023' }],
      ['y', { lang: 'de', date: '2023' }],
    ]);
    expect(newestFirst([{ id: 'y' }, { id: 'x' }], same).map((r) => r.id)).toEqual(['y', 'x']);
  });
});
