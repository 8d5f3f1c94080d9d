import type { Locale } from '../i18n/locales';

/**
 * The path the site is served under: `/`, or `/news/` for
 * `SITE_URL=https://example.org/news/` (Astro's `base`, which astro.config.mjs
 * takes from SITE_URL; Vite writes it into pages, scripts and the search
 * worker). Code run outside Vite (Node scripts, Astro's config) sees `/`: what
 * runs there and builds URLs takes the base from Astro's config instead.
 * Every path helper below returns a path under it (`/de/` stands for `/news/de/`).
 */
export const BASE_PATH: string = import.meta.env?.BASE_URL ?? '/';

/** A path from the site's root (`/de/`), as served under the base path: `/news/de/`. */
export function withBase(path: string, base = BASE_PATH): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\//, '')}`;
}

/** The inverse of `withBase`: `/news/de/` → `/de/` (a path outside the base is returned as it is). */
export function withoutBase(path: string, base = BASE_PATH): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return path.startsWith(root) ? `/${path.slice(root.length)}` : path;
}

/**
 * An article's page, relative to the site's root and to the output folder:
 * `<lang>/articles/<slug>/` (the route src/pages/[lang]/articles/[slug].astro).
 */
export function articleRoute(id: string): string {
  const { lang, slug } = splitArticleId(id);
  return `${lang}/articles/${slug}/`;
}

/** Matches an article's route (see `articleRoute`); groups: language, slug. */
export const ARTICLE_ROUTE = /^([^/]+)\/articles\/([^/]+)\/$/;

/** Path of a UI language's home page: `/de/`. */
export function homePath(locale: Locale): string {
  return withBase(`${locale}/`);
}

/** Path of page `page` (1-based) of a UI language's article list: `/de/`, `/de/page/2/`. */
export function homePagePath(locale: Locale, page: number): string {
  return page <= 1 ? homePath(locale) : withBase(`${locale}/page/${page}/`);
}

/** Path of a UI language's search page: `/de/search/`. */
export function searchPath(locale: Locale): string {
  return withBase(`${locale}/search/`);
}

/** Path of an article page from its id `<lang>/<slug>`: `/de/articles/<slug>/`. */
export function articlePath(id: string): string {
  return withBase(articleRoute(id));
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
  return withBase(`${locale}/feed.xml`);
}

/** Path of the feed of every article in every language. */
export const ALL_FEED_PATH = /* @__PURE__ */ withBase('feed.xml');

/** Path of the index of people, organisations and places: `/de/entities/`. */
export function entitiesPath(locale: Locale): string {
  return withBase(`${locale}/entities/`);
}

/** Path of an entity's page in a UI language: `/de/entities/tokayev/`. */
export function entityPath(locale: Locale, id: string): string {
  return withBase(`${locale}/entities/${id}/`);
}

/** Path of a story's page in a UI language: `/de/stories/<id>/`. */
export function storyPath(locale: Locale, id: string): string {
  return withBase(`${locale}/stories/${id}/`);
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
  return withBase(`${locale}/compare/${group}/${pair[0]}-${pair[1]}/`);
}
