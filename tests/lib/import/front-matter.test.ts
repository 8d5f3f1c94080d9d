import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSlug, frontMatter, SLUG_MAX_LENGTH } from '../../../src/lib/import/front-matter';
import { articleSchema } from '../../../src/schemas/article';

describe('articleSlug', () => {
  it('transliterates Cyrillic and cuts a long title at a word boundary', () => {
    const slug = articleSlug(
      'Блогер Иванов: Сложились все предпосылки, чтобы коллективный Запад помог Казахстану выйти из-под российского влияния',
    );
    expect(slug).toBe('bloger-ivanov-slozhilis-vse-predposylki-chtoby-kollektivniy-zapad-pomog');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
  });

  it('drops accents and punctuation and keeps a short title whole', () => {
    expect(articleSlug('¿De qué lado está Kazajstán en la lucha de Occidente contra Rusia?')).toBe(
      'de-que-lado-esta-kazajstan-en-la-lucha-de-occidente-contra-rusia',
    );
    expect(articleSlug('Zwischen Ost und West – Selbstbestimmt und Neutral')).toBe(
      'zwischen-ost-und-west-selbstbestimmt-und-neutral',
    );
  });

  it('cuts where it must when a single word is longer than the limit', () => {
    expect(articleSlug('x'.repeat(100))).toBe('x'.repeat(SLUG_MAX_LENGTH));
  });
});

describe('frontMatter', () => {
  it('writes only what is known, and the schema reads it back', () => {
    const text = frontMatter({
      title: 'Titel: mit "Anführung" # und Doppelpunkt',
      lang: 'de',
      otherLanguages: ['en'],
      date: '2023-06',
      outlet: 'Blatt',
      group: 'null',
      translationOf: 'external',
      credits: [{ role: 'photo', name: 'A: B' }],
    });
    expect(text.startsWith('---\n') && text.endsWith('---\n')).toBe(true);
    expect(text).not.toContain('url');
    expect(text).not.toContain('author');
    const data = articleSchema.parse(parseFrontmatter(`${text}\nText.\n`).frontmatter);
    expect(data).toMatchObject({
      title: 'Titel: mit "Anführung" # und Doppelpunkt',
      otherLanguages: ['en'],
      date: { iso: '2023-06', precision: 'month' },
      source: { outlet: 'Blatt' },
      group: 'null',
      credits: [{ role: 'photo', name: 'A: B' }],
    });
  });
});
