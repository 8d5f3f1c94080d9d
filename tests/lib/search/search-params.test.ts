import { describe, expect, it } from 'vitest';
import { readSearchParams, writeSearchParams } from '../../../src/lib/search/search-params';

describe('search URL', () => {
  it('round-trips a query and a language filter', () => {
    const state = { query: 'Токаев Astana', languages: ['ru', 'pl'] as const };
    const url = writeSearchParams({ ...state, languages: [...state.languages] });
    expect(readSearchParams(new URLSearchParams(url))).toEqual({
      query: 'Токаев Astana',
      languages: ['ru', 'pl'],
    });
  });

  it('ignores languages the site does not have and repeated ones', () => {
    const params = new URLSearchParams('q=x&lang=fr&lang=de&lang=de');
    expect(readSearchParams(params).languages).toEqual(['de']);
  });

  it('writes nothing for an empty search', () => {
    expect(writeSearchParams({ query: '', languages: [] })).toBe('');
  });
});
