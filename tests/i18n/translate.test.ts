import { describe, expect, it } from 'vitest';
import { isLocale } from '../../src/i18n/locales';
import { endonym, useTranslations } from '../../src/i18n/translate';

// What readers see of the UI: counts in the right grammatical form, language
// names in the reader's language, placeholders filled in.
describe('plural', () => {
  it.each([
    [1, '1 статья на всех языках'],
    [2, '2 статьи на всех языках'],
    [5, '5 статей на всех языках'],
    [11, '11 статей на всех языках'],
    [21, '21 статья на всех языках'],
    [22, '22 статьи на всех языках'],
    [25, '25 статей на всех языках'],
  ])('Russian: %i', (count, expected) => {
    expect(useTranslations('ru').plural('home.count', count)).toBe(expected);
  });

  it.each([
    [1, '1 wersja językowa'],
    [2, '2 wersje językowe'],
    [5, '5 wersji językowych'],
    [12, '12 wersji językowych'],
    [21, '21 wersji językowych'],
    [22, '22 wersje językowe'],
    [25, '25 wersji językowych'],
  ])('Polish: %i', (count, expected) => {
    expect(useTranslations('pl').plural('versions.count', count)).toBe(expected);
  });

  it('uses the English singular only for one', () => {
    const { plural } = useTranslations('en');
    expect(plural('versions.count', 1)).toBe('1 language version');
    expect(plural('versions.count', 0)).toBe('0 language versions');
    expect(plural('versions.count', 3)).toBe('3 language versions');
  });

  it('formats the count for the locale', () => {
    // 1,000,000 in English, with spaces in Russian, with dots in German.
    expect(useTranslations('en').plural('home.count', 1000000)).toBe(
      '1,000,000 articles in all languages',
    );
    expect(useTranslations('ru').plural('home.count', 1000000)).toMatch(/^1\s000\s000 статей/);
    expect(useTranslations('de').plural('home.count', 1000000)).toMatch(/^1\.000\.000 Artikel/);
    // Spanish says "1 millón de artículos": CLDR's "many" form.
    expect(useTranslations('es').plural('home.count', 1000000)).toBe(
      '1.000.000 de artículos en todos los idiomas',
    );
  });
});

describe('t', () => {
  it('fills named placeholders', () => {
    expect(useTranslations('de').t('home.readInLanguage', { language: 'Englisch' })).toBe(
      'Auf Englisch lesen',
    );
  });

  it('leaves a placeholder visible when no value is given, so the gap is noticed', () => {
    expect(useTranslations('en').t('home.readInLanguage')).toBe('Read in {language}');
  });
});

describe('language names', () => {
  it('names a language in the UI language', () => {
    expect(useTranslations('de').languageName('ru')).toBe('Russisch');
    expect(useTranslations('ru').languageName('de')).toBe('немецкий');
    expect(useTranslations('es').languageName('pl')).toBe('polaco');
  });

  it('names every language in itself, capitalised for a switcher', () => {
    expect(endonym('de')).toBe('Deutsch');
    expect(endonym('ru')).toBe('Русский');
    expect(endonym('pl')).toBe('Polski');
    expect(endonym('es')).toBe('Español');
    expect(endonym('en')).toBe('English');
  });

  it('joins lists the way the UI language does', () => {
    expect(useTranslations('de').list(['Englisch', 'Russisch', 'Polnisch'])).toBe(
      'Englisch, Russisch und Polnisch',
    );
    expect(useTranslations('en').list(['English', 'Russian', 'Polish'])).toBe(
      'English, Russian, and Polish',
    );
  });
});

describe('isLocale', () => {
  it('accepts only configured language codes', () => {
    for (const code of ['en', 'es', 'de', 'ru', 'pl']) expect(isLocale(code)).toBe(true);
    for (const value of ['fr', 'EN', 'en-US', '', undefined, 1])
      expect(isLocale(value)).toBe(false);
  });
});

describe('numbers and sorting', () => {
  it('writes numbers and sorts names the way the UI language does', () => {
    expect(useTranslations('de').number(1234)).toBe('1.234');
    expect(useTranslations('en').number(1234)).toBe('1,234');
    const names = ['Zürich', 'Ärzte', 'Berlin'];
    expect([...names].sort(useTranslations('de').collator.compare)).toEqual([
      'Ärzte',
      'Berlin',
      'Zürich',
    ]);
  });
});
