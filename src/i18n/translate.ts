import { memoize } from '../lib/memoize';
import { fill as fillWith, type Values } from './fill';
import type { Locale } from './locales';
import { uiStrings } from './ui';
import type { UiKey, UiPluralKey } from './ui-schema';

/** One number format per locale (see lib/memoize for why formatters are kept). */
const numberFormat = memoize((locale: string) => new Intl.NumberFormat(locale));

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
function fill(template: string, values: Values, locale: Locale): string {
  return fillWith(template, values, (value) => numberFormat(locale).format(value));
}

/** The translation helpers of one UI language. */
export interface Translator {
  /** The UI language. */
  locale: Locale;
  /** A UI string with its placeholders filled in. */
  t(key: UiKey, values?: Values): string;
  /** A plural UI string for `count`, chosen by `Intl.PluralRules`. */
  plural(key: UiPluralKey, count: number, values?: Values): string;
  /** The name of a language in the UI language ("Russisch" on the German site). */
  languageName(code: string): string;
  /** A list joined the way the UI language joins lists ("A, B und C"). */
  list(items: readonly string[]): string;
  /** A number written the way the UI language writes it ("1.234" in German). */
  number(value: number): string;
  /** Compares names the way the UI language sorts them. */
  collator: Intl.Collator;
}

/** The translator for `locale`, built once per process and shared by every page. */
export const useTranslations: (locale: Locale) => Translator = memoize(createTranslator);

/** Builds the translator for `locale`. */
function createTranslator(locale: Locale): Translator {
  const strings = uiStrings[locale];
  const pluralRules = new Intl.PluralRules(locale);
  const names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const listFormat = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  return {
    locale,
    t: (key, values = {}) => fill(strings[key], values, locale),
    plural: (key, count, values = {}) => {
      const forms = strings[key];
      const template = forms[pluralRules.select(count)] ?? forms.other;
      return fill(template, { count, ...values }, locale);
    },
    languageName: memoize((code: string) => names.of(code) ?? code),
    list: (items) => listFormat.format(items),
    number: (value) => numberFormat(locale).format(value),
    // Built once: constructing a collator or number format per page (or per
    // table row) cost seconds across the story pages at 10,000 articles.
    collator: new Intl.Collator(locale),
  };
}

/**
 * The name of a language in that language itself ("Deutsch", "русский"), with a
 * capital where the language's own case rules give one, for language switchers.
 */
export const endonym: (code: string) => string = memoize((code: string) => {
  const name =
    new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
});
