import type { Locale } from '../i18n/locales';

/** Path of a UI language's home page: `/de/`. */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** Path of a UI language's search page: `/de/search/`. */
export function searchPath(locale: Locale): string {
  return `/${locale}/search/`;
}

/** Path of an article page from its id `<lang>/<slug>`: `/de/articles/<slug>/`. */
export function articlePath(id: string): string {
  const { lang, slug } = splitArticleId(id);
  return `/${lang}/articles/${slug}/`;
}

/** Splits an article id into its language folder and slug. */
export function splitArticleId(id: string): { lang: string; slug: string } {
  const [lang = '', slug = ''] = id.split('/');
  return { lang, slug };
}

/** An absolute URL for `path` on `site` (the configured public address). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site)
    throw new Error('Set `site` in astro.config.mjs (or SITE_URL) to build absolute URLs.');
  return new URL(path, site).href;
}
