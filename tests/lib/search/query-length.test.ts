import { describe, expect, it } from 'vitest';
import { cutQuery, MAX_QUERY_LENGTH } from '../../../src/lib/search/query-length';

describe('cutQuery', () => {
  it('cuts a long query at the last word that fits', () => {
    const query = 'Kasachstan '.repeat(100);
    const cut = cutQuery(query);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cut.endsWith('Kasachstan')).toBe(true);
  });

  it('cuts a query without spaces at the length', () => {
    expect(cutQuery('a'.repeat(10_000))).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('leaves a short query as typed, trimmed', () => {
    expect(cutQuery('  Tokajew ')).toBe('Tokajew');
  });
});
