import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { absoluteUrl } from './urls';

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
): { hreflang: string; href: string }[] {
  return [
    ...locales.map((locale) => ({ hreflang: locale, href: absoluteUrl(pathOf(locale), site) })),
    { hreflang: 'x-default', href: absoluteUrl(xDefault, site) },
  ];
}
