import { describe, expect, it } from 'vitest';
import { parseLexicon, regionConcepts } from '../../../src/lib/search/equivalent-sources';

describe('regionConcepts', () => {
  const regions = regionConcepts([
    { id: 'entity:ukraine', kind: 'entity', forms: { en: ['Ukraine'], es: ['Ucrania'] } },
  ]);

  it('names every country in the five languages from CLDR', () => {
    const france = regions.find((r) => r.id === 'region:FR');
    expect(france?.forms).toMatchObject({
      es: ['Francia'],
      de: ['Frankreich'],
      ru: ['Франция'],
      pl: ['Francja'],
    });
    expect(regions.length).toBeGreaterThan(200);
  });

  it('keeps the short names and leaves to the entity a country it names', () => {
    expect(regions.find((r) => r.id === 'region:GB')?.forms.en).toEqual(['United Kingdom', 'UK']);
    expect(regions.find((r) => r.id === 'region:UA')).toBeUndefined();
  });
});

describe('parseLexicon', () => {
  it('reads one concept per English headword, with its forms per language', () => {
    const text =
      'en\tde\tes\tpl\tru\nwar\tkrieg\tguerra\twojna\tвойна\nborder\tgrenze\t\tgranica\t\n';
    expect(parseLexicon(text)).toEqual([
      {
        id: 'word:war',
        kind: 'word',
        forms: { en: ['war'], de: ['krieg'], es: ['guerra'], pl: ['wojna'], ru: ['война'] },
      },
      {
        id: 'word:border',
        kind: 'word',
        forms: { en: ['border'], de: ['grenze'], es: [], pl: ['granica'], ru: [] },
      },
    ]);
  });
});
