import { describe, expect, it } from 'vitest';
import { comparePairs, parsePair } from '../../../src/lib/analysis/compare-pairs';

describe('comparePairs', () => {
  it('lists every ordered pair, the first two versions first', () => {
    expect(comparePairs(['es', 'de'])).toEqual([
      ['es', 'de'],
      ['de', 'es'],
    ]);
    expect(comparePairs(['es', 'de', 'ru'])).toHaveLength(6);
  });

  it('has no pair for a single version', () => {
    expect(comparePairs(['de'])).toEqual([]);
  });
});

describe('parsePair', () => {
  it('reads a path segment into two different languages', () => {
    expect(parsePair('es-de')).toEqual(['es', 'de']);
    expect(parsePair('es-es')).toBeUndefined();
    expect(parsePair('es')).toBeUndefined();
  });
});
