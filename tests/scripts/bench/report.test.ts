import { describe, expect, it } from 'vitest';
import { details, tableRows } from '../../../scripts/bench/report.mjs';

/** A run with only the figures of cross-language expansion (measure-expansion.mjs). */
const run = {
  corpusName: 'realistic',
  size: 10_000,
  expansion: {
    table: {
      shards: 512,
      rawBytes: 12e6,
      gzipBytes: 3.7e6,
      shardGzipMedian: 7e3,
      shardGzipMax: 9e3,
    },
    index: { pages: 10_000, codesPerPage: 133.6, withCodes: 62e6, withoutCodes: 50e6 },
    search: [
      {
        query: 'Moscow',
        expand: true,
        count: 149,
        ms: 394,
        searchBytes: 150e3,
        loadBytes: 296e3,
        tablesLoaded: 1,
        tablesBeforeSearch: 0,
      },
      {
        query: 'Moscow',
        expand: false,
        count: 32,
        ms: 349,
        searchBytes: 89e3,
        loadBytes: 296e3,
        tablesLoaded: 0,
        tablesBeforeSearch: 0,
      },
      {
        query: 'war',
        expand: true,
        count: 7624,
        ms: 456,
        searchBytes: 162e3,
        loadBytes: 296e3,
        tablesLoaded: 1,
        tablesBeforeSearch: 0,
      },
      {
        query: 'war',
        expand: false,
        count: 0,
        ms: 43,
        searchBytes: 400,
        loadBytes: 296e3,
        tablesLoaded: 0,
        tablesBeforeSearch: 0,
      },
    ],
  },
};

describe('the benchmark report', () => {
  it('shows what equivalents cost: index growth, and first searches with and without', () => {
    const rows = new Map(tableRows([run]).rows.map(([name, ...cells]) => [name, cells[0]]));
    expect(rows.get('Equivalents: index growth (concept codes a page)')).toBe('+24.0% (134)');
    expect(rows.get('Equivalents: first search with / without (max of its queries)')).toBe(
      '162 / 89 KB, 456 / 349 ms',
    );
    expect(details(run)).toContain(
      '"Moscow" with    expansion: 149 results, first search 394 ms, 150.0 KB (1 table shards); page before searching 296.0 KB (0 table shards)',
    );
  });

  it('says when expansion was not measured', () => {
    const failed = { ...run, expansion: { measured: false, reason: 'no Chromium' } };
    expect(tableRows([failed]).rows.find(([name]) => name.startsWith('Equivalents'))?.[1]).toBe(
      '–',
    );
    expect(details(failed)).toContain('expansion: not measured (no Chromium)');
  });
});
