import type { Locale } from './locales';
import { uiStrings } from './ui';
import type { UiKey, UiPluralKey } from './ui-schema';

type Values = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers are formatted for the locale. */
function fill(template: string, values: Values, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : value;
  });
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
}

/** Builds the translator for `locale`. */
export function useTranslations(locale: Locale): Translator {
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
    languageName: (code) => names.of(code) ?? code,
    list: (items) => listFormat.format(items),
  };
}

/**
 * The name of a language in that language itself ("Deutsch", "русский"), with a
 * capital where the language's own case rules give one, for language switchers.
 */
export function endonym(code: string): string {
  const name =
    new Intl.DisplayNames([code], { type: 'language', fallback: 'code' }).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
}
