import { describe, expect, it } from 'vitest';
import {
  checkQuery,
  cutQuery,
  MAX_QUERY_LENGTH,
  usableKeys,
} from '../../../src/lib/search/query-check';
import { queryKeys } from '../../../src/lib/search/search-key';

describe('checkQuery', () => {
  it('says a query of punctuation or emoji has no word', () => {
    for (const query of ['?!', '…', '🙂', '— –', '«»']) {
      expect(checkQuery(query).problem, query).toBe('no-word');
    }
  });

  it('says a query of only stop words of the site languages is too common', () => {
    for (const query of ['the', 'der die das', 'и', 'y el', 'się']) {
      expect(checkQuery(query).problem, query).toBe('common-words');
    }
  });

  it('searches a stop word beside a real word, and an abbreviation in capitals', () => {
    expect(checkQuery('der Kreml').problem).toBeUndefined();
    expect(checkQuery('UN').problem).toBeUndefined();
    expect(checkQuery('Tokayev').problem).toBeUndefined();
  });
});

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

describe('usableKeys', () => {
  it('drops the one-letter keys of repeated letters, which start nearly every word', () => {
    expect(usableKeys(queryKeys('aaaa'))).toEqual([]);
    expect(usableKeys(queryKeys('ss'))).toEqual([]);
    expect(usableKeys(queryKeys('aaaa Tokayev'))).toEqual(queryKeys('Tokayev'));
  });
});
