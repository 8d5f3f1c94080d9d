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
  const entry = (id: string, title = id) => ({ id, data: { title } });
  const items = Array.from({ length: 120 }, (_, i) => entry(`a${i}`));

  it('lists pages 2 to N in every language, and none for a one-page list', () => {
    const paths = laterPagePaths(['de', 'pl'], items, (item) => [item]);
    expect(paths.map((p) => `${p.params.lang}/${p.params.page}`)).toEqual([
      'de/2',
      'de/3',
      'pl/2',
      'pl/3',
    ]);
    expect(laterPagePaths(['de'], items.slice(0, 50), (item) => [item])).toEqual([]);
  });

  it('gives each page a cache key that changes with its own items and the list length only', () => {
    const keys = (list: typeof items) =>
      laterPagePaths(['de'], list, (item) => [item]).map((p) => p.cacheKey);
    const before = keys(items);
    // Item 60 is on page 2 (items 50–99): only page 2's key changes.
    const edited = keys(items.map((item, i) => (i === 60 ? entry(item.id, 'Edited') : item)));
    expect(edited[0]).not.toBe(before[0]);
    expect(edited[1]).toBe(before[1]);
    // One more item changes the pagination of every page.
    const longer = keys([...items, entry('a120')]);
    expect(longer.every((key, i) => key !== before[i])).toBe(true);
  });
});
