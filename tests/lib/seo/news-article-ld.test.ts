import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../../src/lib/partial-date';
import { jsonLdText, newsArticleLd, type LdArticle } from '../../../src/lib/seo/news-article-ld';

const SITE = 'https://news.example.org';
const url = (lang: string, slug: string) => `${SITE}/${lang}/articles/${slug}/`;

const original: LdArticle = {
  id: 'ru/original',
  data: {
    title: 'Оригинал',
    lang: 'ru',
    date: parsePartialDate('2023-06'),
    author: 'Сергей Иванов',
    source: { outlet: 'Example Times', url: 'https://example.org/a' },
  },
};
const translation: LdArticle = {
  id: 'pl/tlumaczenie',
  data: { title: 'Tłumaczenie', lang: 'pl', translationOf: 'ru/original' },
};
const sibling: LdArticle = {
  id: 'es/otro',
  data: { title: 'Otro', lang: 'es', translationOf: 'external' },
};

describe('newsArticleLd', () => {
  it('states what is known, with the date at its real precision', () => {
    const ld = newsArticleLd(original, [original, translation], SITE, 'Summary');
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Оригинал',
      inLanguage: 'ru',
      url: url('ru', 'original'),
      datePublished: '2023-06',
      description: 'Summary',
      author: { '@type': 'Person', name: 'Сергей Иванов' },
      publisher: { '@type': 'Organization', name: 'Example Times' },
      isBasedOn: 'https://example.org/a',
    });
  });

  it('leaves out what is unknown instead of guessing', () => {
    const ld = newsArticleLd(sibling, [sibling], SITE);
    for (const key of ['datePublished', 'author', 'publisher', 'isBasedOn', 'description'])
      expect(ld).not.toHaveProperty(key);
  });

  it('links an original and its translation both ways', () => {
    const ofOriginal = newsArticleLd(original, [original, translation], SITE);
    expect(ofOriginal.workTranslation).toEqual([
      expect.objectContaining({ url: url('pl', 'tlumaczenie'), inLanguage: 'pl' }),
    ]);
    expect(ofOriginal).not.toHaveProperty('translationOfWork');
    const ofTranslation = newsArticleLd(translation, [original, translation], SITE);
    expect(ofTranslation.translationOfWork).toEqual(
      expect.objectContaining({
        url: url('ru', 'original'),
        inLanguage: 'ru',
        headline: 'Оригинал',
      }),
    );
    expect(ofTranslation).not.toHaveProperty('workTranslation');
  });

  it('claims no link for translations of an original outside the collection', () => {
    const ld = newsArticleLd(sibling, [sibling, { ...sibling, id: 'de/anders' }], SITE);
    expect(ld).not.toHaveProperty('translationOfWork');
    expect(ld).not.toHaveProperty('workTranslation');
  });
});

describe('jsonLdText', () => {
  it('cannot close the script element, and parses back to the same data', () => {
    const data = { headline: 'A </script><script>alert(1)</script> title' };
    const text = jsonLdText(data);
    expect(text).not.toContain('</');
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
