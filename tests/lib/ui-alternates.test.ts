import { describe, expect, it } from 'vitest';
import { someUiAlternates, uiAlternates } from '../../src/lib/ui-alternates';
import { entityPath } from '../../src/lib/urls';

describe('uiAlternates', () => {
  it('names every UI language version and the default one as x-default', () => {
    const alternates = uiAlternates((l) => entityPath(l, 'nato'), new URL('https://x.org'));
    expect(alternates.map((a) => a.hreflang)).toEqual(['en', 'es', 'de', 'ru', 'pl', 'x-default']);
    expect(alternates.at(-1)?.href).toBe('https://x.org/en/entities/nato/');
  });
});

describe('someUiAlternates', () => {
  const site = new URL('https://x.org');

  it('names only the languages the page exists in, in locale order', () => {
    const alternates = someUiAlternates(['de', 'es'], (l) => `/${l}/compare/g/`, site);
    expect(alternates).toEqual([
      { hreflang: 'es', href: 'https://x.org/es/compare/g/' },
      { hreflang: 'de', href: 'https://x.org/de/compare/g/' },
    ]);
  });

  it('adds x-default only when the default language is among them', () => {
    const alternates = someUiAlternates(['ru', 'en'], (l) => `/${l}/compare/g/`, site);
    expect(alternates.map((a) => a.hreflang)).toEqual(['en', 'ru', 'x-default']);
    expect(alternates.at(-1)?.href).toBe('https://x.org/en/compare/g/');
  });
});
