import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { absoluteUrl } from './urls';

/** One `<link rel="alternate" hreflang>` of a page. */
export interface UiAlternate {
  hreflang: string;
  href: string;
}

/** The versions of a page in `shown` UI languages, in locale order. */
function versionsIn(
  shown: readonly Locale[],
  pathOf: (locale: Locale) => string,
  site: URL | undefined,
): UiAlternate[] {
  return locales
    .filter((locale) => shown.includes(locale))
    .map((locale) => ({ hreflang: locale, href: absoluteUrl(pathOf(locale), site) }));
}

/**
 * The `hreflang` alternates of a page that exists once per UI language (home,
 * search, an entity, a story...): every UI language's version, and as
 * `x-default` the default language's, or `xDefault` (the root language picker
 * for the home pages).
 */
export function uiAlternates(
  pathOf: (locale: Locale) => string,
  site: URL | undefined,
  xDefault = pathOf(defaultLocale),
): UiAlternate[] {
  return [
    ...versionsIn(locales, pathOf, site),
    { hreflang: 'x-default', href: absoluteUrl(xDefault, site) },
  ];
}

/**
 * The alternates of a page that exists in some UI languages only (a comparison
 * exists in the languages of its versions): those languages, and `x-default`
 * only when the default language is one of them, as in the sitemap.
 */
export function someUiAlternates(
  available: readonly Locale[],
  pathOf: (locale: Locale) => string,
  site: URL | undefined,
): UiAlternate[] {
  const versions = versionsIn(available, pathOf, site);
  return available.includes(defaultLocale)
    ? [...versions, { hreflang: 'x-default', href: absoluteUrl(pathOf(defaultLocale), site) }]
    : versions;
}
