import { describe, expect, it } from 'vitest';
import {
  formatStatus,
  roleOf,
  translationStatus,
  translationsPagePath,
  translationsPath,
  type StatusArticle,
} from '../../src/lib/translation-status';

const article = (id: string, data: Partial<StatusArticle['data']> = {}): StatusArticle => ({
  id,
  data: { lang: id.slice(0, 2) as StatusArticle['data']['lang'], title: `Title of ${id}`, ...data },
});

const articles = [
  article('ru/solo'),
  article('de/b-de', { group: 'b', translationOf: 'en/b-en', machineTranslation: true }),
  article('en/b-en', { group: 'b' }),
  article('es/a-es', { group: 'a', translationOf: 'external' }),
  article('de/a-de', { group: 'a', translationOf: 'external' }),
  article('pl/alone'),
];

describe('translationStatus', () => {
  const rows = translationStatus(articles);

  it('has a row per group, by key, then one per article without a group, by id', () => {
    expect(rows.map((r) => r.key)).toEqual(['a', 'b', 'pl/alone', 'ru/solo']);
    expect(rows.map((r) => r.group)).toEqual(['a', 'b', undefined, undefined]);
  });

  it('lists the versions of each language and the missing languages in locale order', () => {
    const b = rows[1]!;
    expect(b.versions.en.map((a) => a.id)).toEqual(['en/b-en']);
    expect(b.versions.de.map((a) => a.id)).toEqual(['de/b-de']);
    expect(b.missing).toEqual(['es', 'ru', 'pl']);
    expect(rows[3]!.missing).toEqual(['en', 'es', 'de', 'pl']);
  });

  it('names a row by its original where there is one', () => {
    expect(rows[1]!.main.id).toBe('en/b-en');
    expect(rows[2]!.main.id).toBe('pl/alone');
  });

  it('shows both versions when a group has two in one language, instead of hiding one', () => {
    const [row] = translationStatus([
      article('de/x1', { group: 'x' }),
      article('de/x2', { group: 'x', translationOf: 'de/x1' }),
    ]);
    expect(row!.versions.de.map((a) => a.id)).toEqual(['de/x1', 'de/x2']);
  });

  it('is empty for no articles', () => {
    expect(translationStatus([])).toEqual([]);
  });
});

describe('roleOf', () => {
  it('tells originals, translations and machine translations apart', () => {
    expect(articles.map(roleOf)).toEqual([
      'original',
      'machine-translation',
      'original',
      'translation',
      'translation',
      'original',
    ]);
  });
});

describe('formatStatus', () => {
  const text = formatStatus(translationStatus(articles));
  const lines = text.split('\n');

  it('has a column per configured language', () => {
    expect(lines[2]!.split(/\s{2,}/)).toEqual(['group / article', 'en', 'es', 'de', 'ru', 'pl']);
  });

  it('says in each cell what exists and what is missing', () => {
    const row = lines.find((l) => l.startsWith('b '))!;
    expect(row.split(/\s{2,}/)).toEqual([
      'b',
      'original',
      'missing',
      'machine translation',
      'missing',
      'missing',
    ]);
  });

  it('lists the article ids of each group and what it lacks', () => {
    expect(text).toContain('a:\n  es  es/a-es\n  de  de/a-de\n  missing: en, ru, pl');
    expect(lines[0]).toBe('4 rows: 2 translation groups, 2 articles without a group');
  });
});

describe('translationsPath', () => {
  it('is the page of a UI language', () => {
    expect(translationsPath('pl')).toBe('/pl/translations/');
  });
});

describe('translationsPagePath', () => {
  it('puts page 1 at the table itself and the others under page/', () => {
    expect(translationsPagePath('pl', 1)).toBe('/pl/translations/');
    expect(translationsPagePath('pl', 3)).toBe('/pl/translations/page/3/');
  });
});
