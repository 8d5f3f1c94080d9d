import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, homePath, splitArticleId } from '../../src/lib/urls';

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
