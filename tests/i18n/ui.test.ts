import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { uiStrings } from '../../src/i18n/ui';
import { uiSchema, type UiStrings } from '../../src/i18n/ui-schema';

// Every UI language file, found on disk so that a newly added language is
// checked without editing this test.
const files = import.meta.glob<{ default: UiStrings }>('../../src/i18n/ui/*.ts', { eager: true });
const byLang = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.match(/(\w+)\.ts$/)![1]!, module.default]),
);
const languages = Object.keys(byLang).sort();
const en = byLang.en!;

type Forms = Record<string, string>;
const pluralKeys = Object.keys(en).filter((key) => typeof en[key as keyof UiStrings] === 'object');
const singleKeys = Object.keys(en).filter((key) => typeof en[key as keyof UiStrings] === 'string');

/** The `{placeholders}` of a UI string, as a sorted list. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI language files', () => {
  it('exist for exactly the configured languages', () => {
    expect(languages).toEqual([...locales].sort());
    expect(Object.keys(uiStrings).sort()).toEqual([...locales].sort());
  });

  it.each(languages)('%s matches the UI schema (no missing, empty or unknown key)', (lang) => {
    const result = uiSchema.safeParse(byLang[lang]);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has plural keys to check (guards the tests below)', () => {
    expect(pluralKeys).toEqual(expect.arrayContaining(['home.count', 'versions.count']));
  });
});

describe('plural forms', () => {
  // A missing `few` leaves Russian readers with "5 статьи"; an extra form is dead text.
  const cases = languages.flatMap((lang) => pluralKeys.map((key) => [lang, key] as const));

  it.each(cases)('%s %s has exactly the CLDR categories of the language', (lang, key) => {
    const forms = byLang[lang]![key as keyof UiStrings] as unknown as Forms;
    const expected = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    expect(Object.keys(forms).sort()).toEqual([...expected].sort());
  });

  it('follows current CLDR for Spanish, which has a "many" form for millions', () => {
    expect(new Intl.PluralRules('es').resolvedOptions().pluralCategories).toContain('many');
    expect(Object.keys(byLang.es!['home.count'])).toContain('many');
  });
});

describe('placeholders', () => {
  // A translator who renames {count} to {número} ships a literal "{número}" to readers.
  it.each(languages)('%s uses the same placeholders as English in every string', (lang) => {
    const strings = byLang[lang]!;
    for (const key of singleKeys) {
      const text = strings[key as keyof UiStrings] as string;
      expect(placeholders(text), `${lang} ${key}`).toEqual(
        placeholders(en[key as keyof UiStrings] as string),
      );
    }
    for (const key of pluralKeys) {
      const englishForms = en[key as keyof UiStrings] as unknown as Forms;
      const forms = strings[key as keyof UiStrings] as unknown as Forms;
      for (const [category, text] of Object.entries(forms)) {
        expect(placeholders(text), `${lang} ${key}.${category}`).toEqual(
          placeholders(englishForms.other!),
        );
      }
    }
  });
});
