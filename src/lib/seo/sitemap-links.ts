import { defaultLocale, isLocale, locales } from '../../i18n/locales';
import { defaultVersion, groupArticles, versionsOf, type ArticleRef } from '../translations';
import { ARTICLE_ROUTE, articleRoute } from '../urls';

/** One `<xhtml:link rel="alternate">` of a sitemap entry. */
export interface SitemapLink {
  /** A language code or `x-default`. */
  lang: string;
  /** Absolute URL. */
  url: string;
}

/**
 * The path of `url` from `home` (the site's address with its base path), without
 * the leading slash: `de/articles/x/`; undefined for a URL outside the site.
 */
function routeOf(url: string, home: string): string | undefined {
  return url.startsWith(home) ? url.slice(home.length) : undefined;
}

/** False for pages no search engine should list: the 404 pages. `home` is the site's address. */
export function isIndexable(url: string, home = new URL('/', url).href): boolean {
  return !/^(?:[a-z]{2}\/)?404\/?$/.test(routeOf(url, home) ?? '');
}

/**
 * Builds the alternates of sitemap entries from what really exists, never from
 * a pattern applied to every language:
 *
 * - an article page's alternates are its language versions from the content
 *   (translation groups), whatever their slugs, with `x-default` the original
 *   (as in the page's own `<link rel="alternate">`);
 * - any other page under `/<lang>/` (home, search, ...) has the same path in the
 *   other UI languages, but only those present in `pages` (the built pages);
 *   `/` is `x-default` of the home pages, the default language that of the rest.
 *
 * A page with no other version gets no alternates. `home` is the site's address
 * with its base path (`https://example.org/news/`); by default the URLs' origin.
 */
export function sitemapLinker(
  articles: readonly ArticleRef[],
  pages: ReadonlySet<string>,
  home?: string,
) {
  const groups = groupArticles(articles);
  const byId = new Map(articles.map((a) => [a.id, a]));
  return (url: string): SitemapLink[] => {
    const root = home ?? new URL('/', url).href;
    const at = (route: string) => new URL(route, root).href;
    const route = routeOf(url, root);
    if (route === undefined) return [];
    const article = ARTICLE_ROUTE.exec(route);
    if (article) {
      const found = byId.get(`${article[1]}/${article[2]}`);
      const versions = found ? versionsOf(found, groups) : [];
      if (versions.length < 2) return [];
      return [
        ...versions.map((v) => ({ lang: v.data.lang, url: at(articleRoute(v.id)) })),
        { lang: 'x-default', url: at(articleRoute(defaultVersion(versions).id)) },
      ];
    }
    const [first = '', ...rest] = route.split('/');
    const tail = route === '' ? '' : isLocale(first) ? rest.join('/') : undefined;
    if (tail === undefined) return [];
    const links = locales
      .map((lang) => ({ lang: lang as string, url: at(`${lang}/${tail}`) }))
      .filter((link) => pages.has(link.url));
    if (links.length < 2) return [];
    const fallback = tail === '' ? at('') : at(`${defaultLocale}/${tail}`);
    return pages.has(fallback) ? [...links, { lang: 'x-default', url: fallback }] : links;
  };
}
