import { describe, expect, it } from 'vitest';
import { checkQuery, namesContentWord, usableKeys } from '../../../src/lib/search/query-check';
import type { Expansion } from '../../../src/lib/search/expand-query';
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

describe('usableKeys', () => {
  it('drops the one-letter keys of repeated letters, which start nearly every word', () => {
    expect(usableKeys(queryKeys('aaaa'))).toEqual([]);
    expect(usableKeys(queryKeys('ss'))).toEqual([]);
    expect(usableKeys(queryKeys('aaaa Tokayev'))).toEqual(queryKeys('Tokayev'));
  });
});

describe('namesContentWord', () => {
  const expansion = (query: string, forms: Record<string, string[]>): Expansion => ({
    query,
    concept: { code: 'zzx', kind: 'word', forms },
    markKeys: { any: [], byLang: {} },
  });

  it('searches a stop word of one language that another language has as a content word', () => {
    // "war" is German for "was" and English for war.
    const war = expansion('war', { en: ['war'], de: ['Krieg'], es: ['guerra'] });
    expect(namesContentWord('war', { terms: ['zzx'], expansions: [war] })).toBe(true);
    expect(namesContentWord('the war', { terms: ['zzx'], expansions: [war] })).toBe(true);
  });

  it('does not for short forms, or forms that are stop words where the table has them', () => {
    const la = expansion('la', { en: ['lanthanum'], de: ['la', 'Lanthan'] });
    const und = expansion('und', { de: ['und'], en: ['and'] });
    expect(namesContentWord('la und', { terms: [], expansions: [la, und] })).toBe(false);
    expect(namesContentWord('la', undefined)).toBe(false);
  });

  it("does not for a phrase of one language's stop words, whatever another language makes of one", () => {
    const die = expansion('die', { en: ['die'], de: ['sterben'] });
    expect(namesContentWord('der die das', { terms: [], expansions: [die] })).toBe(false);
    expect(namesContentWord('die', { terms: [], expansions: [die] })).toBe(true);
  });
});
