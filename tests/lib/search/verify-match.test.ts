import { describe, expect, it } from 'vitest';
import { queryKey } from '../../../src/lib/search/search-key';
import {
  fallbackBundles,
  firstOfEachBundle,
  matchesAllKeys,
} from '../../../src/lib/search/verify-match';

const polish = {
  content: 'Pomimo powszechnego potępienia działań Rosji są sojusznicy.',
  meta: { title: 'Kazachstan dystansuje się', keys: 'pomimo povshehnego rosi sa kasahstan' },
};

describe('matchesAllKeys', () => {
  it('accepts a page where every key occurs as a search key', () => {
    expect(matchesAllKeys(polish, [queryKey('Kazakhstan')])).toBe(true);
  });

  it('accepts a page where a key starts a word of the text or title, accents folded', () => {
    expect(matchesAllKeys({ ...polish, meta: { ...polish.meta, keys: '' } }, ['potepien'])).toBe(
      true,
    );
    expect(matchesAllKeys({ ...polish, meta: { ...polish.meta, keys: '' } }, ['dystans'])).toBe(
      true,
    );
  });

  it('rejects the page Pagefind returns for a short word the query merely starts with', () => {
    // Pagefind matches "sankts" to the indexed "sa" (from "są") when nothing starts with "sankts".
    expect(matchesAllKeys(polish, [queryKey('санкциями')])).toBe(false);
  });

  it('needs every key of a query with several words', () => {
    expect(matchesAllKeys(polish, [queryKey('Kazakhstan'), queryKey('Tokayev')])).toBe(false);
  });
});

describe('firstOfEachBundle', () => {
  it('picks the first result of each language bundle, in result order', () => {
    const pages = new Map([
      ['a', { lang: 'ru', date: '2023' }],
      ['b', { lang: 'pl', date: '2023' }],
      ['c', { lang: 'ru', date: '2023' }],
      ['d', { lang: 'es', date: '2023' }],
    ]);
    const results = ['c', 'a', 'b', 'd'].map((id) => ({ id }));
    expect(firstOfEachBundle(results, pages).map((r) => r.id)).toEqual(['c', 'b', 'd']);
  });

  it('picks one result of each part of a language split among several bundles', () => {
    const pages = new Map([
      ['a', { lang: 'en', date: '2023', bundle: 'en.1' }],
      ['b', { lang: 'en', date: '2023', bundle: 'en.1' }],
      ['c', { lang: 'en', date: '2023', bundle: 'en.2' }],
    ]);
    const results = ['a', 'b', 'c'].map((id) => ({ id }));
    expect(firstOfEachBundle(results, pages).map((r) => r.id)).toEqual(['a', 'c']);
  });
});

describe('fallbackBundles', () => {
  const russian = { content: 'Блогер Иванов пишет', meta: { title: 'Иванов', keys: 'ivanov' } };
  const keys = [queryKey('Ivanov')];

  it('names the languages whose first result lacks a query key', () => {
    const pages = new Map([
      ['pl1', { lang: 'pl', date: '2023' }],
      ['ru1', { lang: 'ru', date: '2023' }],
    ]);
    const firsts = [{ id: 'pl1' }, { id: 'ru1' }];
    expect(fallbackBundles(firsts, [polish, russian], keys, pages)).toEqual(new Set(['pl']));
  });

  it('names the one part of a split language that has only the fallback', () => {
    const pages = new Map([
      ['ru1', { lang: 'ru', date: '2023', bundle: 'ru.1' }],
      ['ru2', { lang: 'ru', date: '2023', bundle: 'ru.2' }],
    ]);
    const other = { content: 'Блогер пишет', meta: { title: 'Блог', keys: 'bloger i' } };
    const firsts = [{ id: 'ru1' }, { id: 'ru2' }];
    expect(fallbackBundles(firsts, [russian, other], keys, pages)).toEqual(new Set(['ru.2']));
  });
});
