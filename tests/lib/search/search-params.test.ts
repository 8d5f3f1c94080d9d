import { describe, expect, it } from 'vitest';
import { readSearchParams, writeSearchParams } from '../../../src/lib/search/search-params';

describe('search URL', () => {
  it('round-trips a query and a language filter', () => {
    const state = { query: 'Токаев Astana', languages: ['ru', 'pl'] as const };
    const url = writeSearchParams({
      ...state,
      languages: [...state.languages],
      entities: [],
      order: 'relevance',
    });
    expect(readSearchParams(new URLSearchParams(url))).toEqual({
      query: 'Токаев Astana',
      languages: ['ru', 'pl'],
      entities: [],
      order: 'relevance',
    });
  });

  it('ignores languages the site does not have and repeated ones', () => {
    const params = new URLSearchParams('q=x&lang=fr&lang=de&lang=de');
    expect(readSearchParams(params).languages).toEqual(['de']);
  });

  it('writes nothing for an empty search', () => {
    expect(writeSearchParams({ query: '', languages: [], entities: [], order: 'relevance' })).toBe(
      '',
    );
  });

  it('round-trips an entity filter, with or without a query', () => {
    const url = writeSearchParams({
      query: '',
      languages: ['de'],
      entities: ['tokayev', 'nato'],
      order: 'relevance',
    });
    expect(url).toBe('?lang=de&entity=tokayev&entity=nato');
    expect(readSearchParams(new URLSearchParams(url)).entities).toEqual(['tokayev', 'nato']);
  });

  it('ignores entity ids that are not slugs, and repeated ones', () => {
    const params = new URLSearchParams('entity=Tokayev&entity=nato&entity=nato&entity=../x');
    expect(readSearchParams(params).entities).toEqual(['nato']);
  });

  it('round-trips the newest-first order, and reads anything else as relevance', () => {
    const url = writeSearchParams({
      query: 'Astana',
      languages: [],
      entities: [],
      order: 'newest',
    });
    expect(url).toBe('?q=Astana&sort=newest');
    expect(readSearchParams(new URLSearchParams(url)).order).toBe('newest');
    expect(readSearchParams(new URLSearchParams('q=x&sort=oldest')).order).toBe('relevance');
  });
});
