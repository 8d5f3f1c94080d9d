import { describe, expect, it } from 'vitest';
import { isIndexable, sitemapLinker } from '../../../src/lib/seo/sitemap-links';
import type { ArticleRef } from '../../../src/lib/translations';

const SITE = 'https://news.example.org';
const at = (path: string) => `${SITE}${path}`;
const articles: ArticleRef[] = [
  { id: 'ru/original', data: { lang: 'ru', group: 'g' } },
  { id: 'pl/tlumaczenie', data: { lang: 'pl', group: 'g', translationOf: 'ru/original' } },
  { id: 'de/allein', data: { lang: 'de' } },
];
const pages = new Set(
  ['/', '/en/', '/de/', '/ru/', '/en/search/', '/de/search/', '/en/only-english/'].map(at),
);
const links = sitemapLinker(articles, pages);

describe('sitemapLinker', () => {
  it('gives an article its real versions, whatever their slugs, and the original as x-default', () => {
    expect(links(at('/pl/articles/tlumaczenie/'))).toEqual([
      { lang: 'ru', url: at('/ru/articles/original/') },
      { lang: 'pl', url: at('/pl/articles/tlumaczenie/') },
      { lang: 'x-default', url: at('/ru/articles/original/') },
    ]);
  });

  it('gives an article with one version, or an unknown one, no alternates', () => {
    expect(links(at('/de/articles/allein/'))).toEqual([]);
    expect(links(at('/es/articles/nope/'))).toEqual([]);
  });

  it('gives UI pages the languages they were built in, never a guessed one', () => {
    expect(links(at('/de/search/'))).toEqual([
      { lang: 'en', url: at('/en/search/') },
      { lang: 'de', url: at('/de/search/') },
      { lang: 'x-default', url: at('/en/search/') },
    ]);
    expect(links(at('/en/only-english/'))).toEqual([]);
  });

  it('makes / the x-default of the home pages, and gives / their alternates', () => {
    const home = [
      { lang: 'en', url: at('/en/') },
      { lang: 'de', url: at('/de/') },
      { lang: 'ru', url: at('/ru/') },
      { lang: 'x-default', url: at('/') },
    ];
    expect(links(at('/ru/'))).toEqual(home);
    expect(links(at('/'))).toEqual(home);
  });
});

describe('isIndexable', () => {
  it('keeps the 404 pages out of the sitemap', () => {
    expect(isIndexable(at('/404/'))).toBe(false);
    expect(isIndexable(at('/de/404/'))).toBe(false);
    expect(isIndexable(at('/de/'))).toBe(true);
    expect(isIndexable(at('/de/articles/404-fehler/'))).toBe(true);
  });
});

describe('a site under a base path', () => {
  const home = `${SITE}/news/`;
  const under = (path: string) => `${SITE}/news${path}`;
  const served = new Set(['/', '/en/', '/de/'].map(under));
  const linksUnder = sitemapLinker(articles, served, home);

  it('links the versions of an article and the home pages under the base path', () => {
    expect(linksUnder(under('/pl/articles/tlumaczenie/'))).toEqual([
      { lang: 'ru', url: under('/ru/articles/original/') },
      { lang: 'pl', url: under('/pl/articles/tlumaczenie/') },
      { lang: 'x-default', url: under('/ru/articles/original/') },
    ]);
    expect(linksUnder(under('/'))).toEqual([
      { lang: 'en', url: under('/en/') },
      { lang: 'de', url: under('/de/') },
      { lang: 'x-default', url: under('/') },
    ]);
  });

  it('keeps the 404 pages under the base path out of the sitemap', () => {
    expect(isIndexable(under('/404/'), home)).toBe(false);
    expect(isIndexable(under('/de/404/'), home)).toBe(false);
    expect(isIndexable(under('/de/'), home)).toBe(true);
  });
});
