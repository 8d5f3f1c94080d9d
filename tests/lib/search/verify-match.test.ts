import { describe, expect, it } from 'vitest';
import { queryKey } from '../../../src/lib/search/search-key';
import {
  fallbackLanguages,
  firstOfEachLanguage,
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

describe('firstOfEachLanguage', () => {
  it('picks the first result of each language bundle, in result order', () => {
    const pages = new Map([
      ['a', { lang: 'ru', date: '2023' }],
      ['b', { lang: 'pl', date: '2023' }],
      ['c', { lang: 'ru', date: '2023' }],
      ['d', { lang: 'es', date: '2023' }],
    ]);
    const results = ['c', 'a', 'b', 'd'].map((id) => ({ id }));
    expect(firstOfEachLanguage(results, pages).map((r) => r.id)).toEqual(['c', 'b', 'd']);
  });
});

describe('fallbackLanguages', () => {
  it('names the languages whose first result lacks a query key', () => {
    const pages = new Map([
      ['pl1', { lang: 'pl', date: '2023' }],
      ['ru1', { lang: 'ru', date: '2023' }],
    ]);
    const russian = { content: 'Блогер Иванов пишет', meta: { title: 'Иванов', keys: 'ivanov' } };
    const firsts = [{ id: 'pl1' }, { id: 'ru1' }];
    const keys = [queryKey('Ivanov')];
    expect(fallbackLanguages(firsts, [polish, russian], keys, pages)).toEqual(new Set(['pl']));
  });
});
