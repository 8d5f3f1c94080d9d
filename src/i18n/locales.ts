/**
 * The languages of the site, defined once. Every UI language is also a language
 * an article may be written in, and the order here is the order readers see in
 * language pickers and switchers.
 */
export const locales = ['en', 'es', 'de', 'ru', 'pl'] as const;

/** A configured language code (BCP 47 primary tag). */
export type Locale = (typeof locales)[number];

/** The language `/` points to as `x-default` and the fallback for missing data. */
export const defaultLocale: Locale = 'en';

/** True when `value` is one of the configured languages. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
