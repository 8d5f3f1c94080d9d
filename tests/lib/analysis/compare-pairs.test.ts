import { describe, expect, it } from 'vitest';
import { comparePair, comparePairs } from '../../../src/lib/analysis/compare-pairs';

describe('comparePairs', () => {
  it('lists every pair once, the UI language on the left and its pairs first', () => {
    expect(comparePairs(['es', 'de'], 'es')).toEqual([['es', 'de']]);
    expect(comparePairs(['es', 'de'], 'de')).toEqual([['de', 'es']]);
    expect(comparePairs(['es', 'de', 'ru'], 'de')).toEqual([
      ['de', 'es'],
      ['de', 'ru'],
      ['es', 'ru'],
    ]);
  });

  it('keeps the group order when the UI language is not in the group', () => {
    expect(comparePairs(['es', 'de', 'ru'], 'pl')).toEqual([
      ['es', 'de'],
      ['es', 'ru'],
      ['de', 'ru'],
    ]);
  });

  it('has no pair for a single version', () => {
    expect(comparePairs(['de'], 'de')).toEqual([]);
  });
});

describe('comparePair', () => {
  it('orients a pair the way the pages of that UI language list it', () => {
    const languages = ['es', 'de', 'ru'];
    expect(comparePair('ru', 'de', languages, 'ru')).toEqual(['ru', 'de']);
    expect(comparePair('ru', 'de', languages, 'de')).toEqual(['de', 'ru']);
    expect(comparePair('ru', 'es', languages, 'pl')).toEqual(['es', 'ru']);
    for (const ui of ['es', 'de', 'ru', 'pl'])
      for (const [a, b] of comparePairs(languages, ui))
        expect(comparePair(b, a, languages, ui)).toEqual([a, b]);
  });
});
