import { defaultLocale, locales, type Locale } from '../../i18n/locales';
import { absoluteUrl } from '../urls';

/**
 * The `hreflang` alternates of a page that exists once per UI language (an
 * entity, a story, a comparison): every UI language's version, and the default
 * language's as `x-default`.
 */
export function uiAlternates(
  pathOf: (locale: Locale) => string,
  site: URL | undefined,
): { hreflang: string; href: string }[] {
  return [
    ...locales.map((locale) => ({ hreflang: locale, href: absoluteUrl(pathOf(locale), site) })),
    { hreflang: 'x-default', href: absoluteUrl(pathOf(defaultLocale), site) },
  ];
}
