import { describe, expect, it } from 'vitest';
import { laterPagePaths, pageCount, pageItems } from '../../src/lib/pagination';
import { homePagePath } from '../../src/lib/urls';

describe('article list pages', () => {
  it('counts pages, with at least one for an empty list', () => {
    expect(pageCount(0, 50)).toBe(1);
    expect(pageCount(50, 50)).toBe(1);
    expect(pageCount(51, 50)).toBe(2);
  });

  it('gives each page its slice, newest first as given', () => {
    const items = Array.from({ length: 7 }, (_, i) => i);
    expect(pageItems(items, 1, 3)).toEqual([0, 1, 2]);
    expect(pageItems(items, 3, 3)).toEqual([6]);
  });

  it('puts page 1 at the home page and the others under /page/', () => {
    expect(homePagePath('de', 1)).toBe('/de/');
    expect(homePagePath('de', 2)).toBe('/de/page/2/');
  });
});

describe('laterPagePaths', () => {
  it('lists pages 2 to N in every language, and none for a one-page list', () => {
    expect(laterPagePaths(['de', 'pl'], 3).map((p) => `${p.params.lang}/${p.params.page}`)).toEqual(
      ['de/2', 'de/3', 'pl/2', 'pl/3'],
    );
    expect(laterPagePaths(['de'], 1)).toEqual([]);
  });
});
