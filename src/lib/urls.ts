import type { Locale } from '../i18n/locales';

/** Path of a UI language's home page: `/de/`. */
export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

/** Path of page `page` (1-based) of a UI language's article list: `/de/`, `/de/page/2/`. */
export function homePagePath(locale: Locale, page: number): string {
  return page <= 1 ? homePath(locale) : `/${locale}/page/${page}/`;
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

/** Path of the feed of the articles written in one language: `/de/feed.xml`. */
export function feedPath(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** Path of the feed of every article in every language. */
export const ALL_FEED_PATH = '/feed.xml';

/** Path of the index of people, organisations and places: `/de/entities/`. */
export function entitiesPath(locale: Locale): string {
  return `/${locale}/entities/`;
}

/** Path of an entity's page in a UI language: `/de/entities/tokayev/`. */
export function entityPath(locale: Locale, id: string): string {
  return `/${locale}/entities/${id}/`;
}

/** Path of a story's page in a UI language: `/de/stories/<id>/`. */
export function storyPath(locale: Locale, id: string): string {
  return `/${locale}/stories/${id}/`;
}

/**
 * Path of the side-by-side view of two versions of a translation group (left,
 * right): `/de/compare/<group>/de-es/`. There is no page of a group without a
 * pair: it showed the group's first pair again, a second address for the same
 * page (and 3,000 more pages to build at 10,000 articles).
 */
export function comparePath(
  locale: Locale,
  group: string,
  pair: readonly [string, string],
): string {
  return `/${locale}/compare/${group}/${pair[0]}-${pair[1]}/`;
}
