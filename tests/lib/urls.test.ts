import { describe, expect, it } from 'vitest';
import {
  ARTICLE_ROUTE,
  BASE_PATH,
  absoluteUrl,
  articlePath,
  articleRoute,
  homePath,
  splitArticleId,
  withBase,
  withoutBase,
} from '../../src/lib/urls';

// Every internal link, canonical and hreflang is built here; a wrong slash breaks
// links (the site is built with trailingSlash: 'always').
describe('paths', () => {
  it('builds the home page of a UI language', () => {
    expect(homePath('de')).toBe('/de/');
    expect(homePath('en')).toBe('/en/');
  });

  it('builds an article page from its id, with a trailing slash', () => {
    expect(articlePath('de/zwischen-ost-und-west')).toBe('/de/articles/zwischen-ost-und-west/');
    expect(articlePath('ru/bloger-ivanov')).toBe('/ru/articles/bloger-ivanov/');
  });

  it('splits an id into language folder and slug', () => {
    expect(splitArticleId('pl/kazachstan-dystansuje')).toEqual({
      lang: 'pl',
      slug: 'kazachstan-dystansuje',
    });
    expect(splitArticleId('broken')).toEqual({ lang: 'broken', slug: '' });
  });
});

describe('absoluteUrl', () => {
  it('joins a path onto the configured site', () => {
    expect(absoluteUrl('/de/articles/x/', 'https://news.example')).toBe(
      'https://news.example/de/articles/x/',
    );
    expect(absoluteUrl('/en/', new URL('https://news.example/'))).toBe('https://news.example/en/');
  });

  it('percent-encodes non-Latin paths the way browsers send them', () => {
    expect(absoluteUrl('/ru/#контекст', 'https://news.example')).toBe(
      'https://news.example/ru/#%D0%BA%D0%BE%D0%BD%D1%82%D0%B5%D0%BA%D1%81%D1%82',
    );
  });

  it('explains how to fix a missing site instead of building relative "absolute" URLs', () => {
    expect(() => absoluteUrl('/en/', undefined)).toThrow(/Set `site` in astro\.config\.mjs/);
    expect(() => absoluteUrl('/en/', '')).toThrow(/SITE_URL/);
  });
});

describe('the base path (a site served under /news/)', () => {
  it('is / when the site is built for the root of its address', () => {
    expect(BASE_PATH).toBe('/');
    expect(withBase('/de/')).toBe('/de/');
  });

  it('puts a path under the base, with or without a trailing slash on the base', () => {
    expect(withBase('/de/articles/x/', '/news/')).toBe('/news/de/articles/x/');
    expect(withBase('feed.xml', '/news')).toBe('/news/feed.xml');
    expect(withBase('/', '/news/')).toBe('/news/');
  });

  it('takes the base off again, and leaves a path outside it alone', () => {
    expect(withoutBase('/news/de/', '/news/')).toBe('/de/');
    expect(withoutBase('/news/', '/news/')).toBe('/');
    expect(withoutBase('/other/de/', '/news/')).toBe('/other/de/');
  });

  it('makes absolute URLs under the base when the site address has a path', () => {
    expect(absoluteUrl(withBase('de/', '/news/'), 'https://example.org/news/')).toBe(
      'https://example.org/news/de/',
    );
  });

  it('has one article route, which the route pattern reads back', () => {
    expect(articleRoute('de/zwischen')).toBe('de/articles/zwischen/');
    expect(ARTICLE_ROUTE.exec(articleRoute('pl/tlumaczenie'))?.slice(1)).toEqual([
      'pl',
      'tlumaczenie',
    ]);
    expect(ARTICLE_ROUTE.test('de/entities/x/')).toBe(false);
  });
});
