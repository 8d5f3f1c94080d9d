import { describe, expect, it } from 'vitest';
import { stemPolish } from '../../../src/lib/search/stem-polish';

describe('stemPolish', () => {
  it('gives the inflected forms of a noun one stem', () => {
    const forms = ['kazachstan', 'kazachstanu', 'kazachstanie', 'kazachstanem'];
    expect(new Set(forms.map(stemPolish)).size).toBeLessThanOrEqual(2);
    expect(stemPolish('kazachstanu')).toBe('kazachstan');
    expect(stemPolish('kazachstanie')).toBe('kazachstan');
  });

  it('gives names in the genitive and accusative the stem of the nominative', () => {
    expect(stemPolish('łukaszenki')).toBe(stemPolish('łukaszenka'));
    expect(stemPolish('łukaszenkę')).toBe(stemPolish('łukaszenka'));
    expect(stemPolish('tokajewa')).toBe('tokajew');
  });

  it('leaves short words alone so they keep their meaning', () => {
    expect(stemPolish('nie')).toBe('nie');
    expect(stemPolish('rosja')).toBe('rosj');
    expect(stemPolish('unia')).toBe('unia');
  });
});
