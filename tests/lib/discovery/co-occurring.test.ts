import { describe, expect, it } from 'vitest';
import {
  coOccurring,
  displayName,
  type ArticleName,
} from '../../../src/lib/discovery/co-occurring';

const name = (id: string, names: Record<string, string>, known = true): ArticleName => ({
  id,
  known,
  names,
});
const tusk = name('tusk', { pl: 'Tusk', ru: 'Туск' }, false);
const nysa = name('nysa', { pl: 'Nysa' }, false);
const poland = name('poland', { en: 'Poland' });
const byArticle: Record<string, ArticleName[]> = {
  a: [tusk, nysa, poland],
  b: [tusk, poland],
  c: [tusk, nysa, poland],
};

describe('coOccurring', () => {
  it('ranks the names of the articles by how many name them, without the page’s own', () => {
    const list = coOccurring(['a', 'b', 'c'], (id) => byArticle[id] ?? [], 'tusk');
    expect(list.map((e) => [e.name.id, e.articles])).toEqual([
      ['poland', 3],
      ['nysa', 2],
    ]);
  });

  it('leaves out a name found in one article only', () => {
    expect(coOccurring(['a', 'b'], (id) => byArticle[id] ?? []).map((e) => e.name.id)).toEqual([
      'poland',
      'tusk',
    ]);
  });

  it('shows the name in the UI language where known, else as found', () => {
    expect(displayName(tusk, 'ru')).toBe('Туск');
    expect(displayName(tusk, 'en')).toBe('Tusk');
  });
});
