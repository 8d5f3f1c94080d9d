import { describe, expect, it } from 'vitest';
import { ogLocale, shareTags } from '../../../src/lib/seo/open-graph';

const info = {
  title: 'Titel',
  description: 'Beschreibung',
  url: 'https://news.example.org/de/articles/x/',
  type: 'article' as const,
  lang: 'de',
  otherLanguages: ['es', 'de', 'es'],
  siteName: 'Polyglot News',
};

describe('shareTags', () => {
  it('describes the page for Open Graph and Twitter', () => {
    const tags = shareTags(info);
    const get = (key: string) =>
      tags.filter((t) => ('property' in t ? t.property : t.name) === key).map((t) => t.content);
    expect(get('og:type')).toEqual(['article']);
    expect(get('og:title')).toEqual(['Titel']);
    expect(get('og:url')).toEqual([info.url]);
    expect(get('og:site_name')).toEqual(['Polyglot News']);
    expect(get('og:locale')).toEqual(['de_DE']);
    expect(get('twitter:card')).toEqual(['summary']);
    expect(get('twitter:description')).toEqual(['Beschreibung']);
  });

  it('lists each real other version once as og:locale:alternate, never the page itself', () => {
    const alternates = shareTags(info).filter(
      (t) => 'property' in t && t.property === 'og:locale:alternate',
    );
    expect(alternates.map((t) => t.content)).toEqual(['es_ES']);
    expect(
      shareTags({ ...info, otherLanguages: [] }).some(
        (t) => 'property' in t && t.property === 'og:locale:alternate',
      ),
    ).toBe(false);
  });
});

describe('ogLocale', () => {
  it('adds the territory Open Graph needs, and leaves unknown codes alone', () => {
    expect(['en', 'es', 'de', 'ru', 'pl'].map(ogLocale)).toEqual([
      'en_GB',
      'es_ES',
      'de_DE',
      'ru_RU',
      'pl_PL',
    ]);
    expect(ogLocale('fi')).toBe('fi');
  });
});
