import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../src/lib/article-order';
import { parsePartialDate } from '../../src/lib/partial-date';

// The home page lists articles with newestFirst: readers expect the latest news
// on top and the same order on every build.
function article(id: string, title: string, iso?: string) {
  return { id, data: { title, date: iso ? parsePartialDate(iso) : undefined } };
}

const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('newestFirst', () => {
  it('lists the newest article first', () => {
    const list = [
      article('pl/old', 'Old', '2022-11'),
      article('ru/new', 'New', '2023-06-14'),
      article('de/mid', 'Mid', '2023-02'),
    ];
    expect(ids(newestFirst(list))).toEqual(['ru/new', 'de/mid', 'pl/old']);
  });

  it('puts articles of unknown date after all dated ones', () => {
    const list = [
      article('de/undated', 'A undated'),
      article('pl/dated', 'Z dated', '2001'),
      article('es/undated', 'B undated'),
    ];
    expect(ids(newestFirst(list))).toEqual(['pl/dated', 'de/undated', 'es/undated']);
  });

  it('breaks ties by title and then by id, so the order does not depend on input order', () => {
    const list = [
      article('ru/b', 'Beta', '2023-06'),
      article('de/x', 'Alpha', '2023-06'),
      article('de/a', 'Alpha', '2023-06'),
    ];
    const expected = ['de/a', 'de/x', 'ru/b'];
    expect(ids(newestFirst(list))).toEqual(expected);
    expect(ids(newestFirst([...list].reverse()))).toEqual(expected);
  });

  it('returns a new array and leaves the input as it was', () => {
    const list = [article('a/1', 'One', '2020'), article('a/2', 'Two', '2021')];
    const before = [...list];
    const sorted = newestFirst(list);
    expect(sorted).not.toBe(list);
    expect(list).toEqual(before);
    expect(ids(sorted)).toEqual(['a/2', 'a/1']);
  });

  it('handles an empty collection', () => {
    expect(newestFirst([])).toEqual([]);
  });
});
