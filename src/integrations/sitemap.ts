import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../lib/content/read-articles';
import { isIndexable, sitemapLinker } from '../lib/seo/sitemap-links';
import { SITEMAP_INDEX, sortUrls, writeSitemap } from '../lib/seo/write-sitemap';
import type { ArticleRef } from '../lib/translations';

/**
 * `/sitemap-index.xml` and the sitemap files it lists, with alternates for
 * real language versions only (`sitemapLinker`: a translation has its own
 * slug, and most articles exist in few languages), written with the `sitemap`
 * library.
 *
 * Why not `@astrojs/sitemap`, which this was before: its alternates would have
 * needed its `serialize` hook anyway, it sorts the URLs with a collator made
 * for every comparison (see `sortUrls`), and when writing fails it
 * logs the error and lets the build publish a site without a sitemap; here the
 * build fails.
 */
export function sitemap({
  articles,
}: {
  /** The articles, when something has read them already (see content-guard.ts). */
  articles?: () => Promise<readonly ArticleRef[]> | undefined;
} = {}): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let site: string | undefined;
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The articles are read from the project being built (`astro build --root`).
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('The sitemap needs the `site` option in astro.config.mjs.');
        const home = new URL(base, site);
        // Pages only (feeds and robots.txt are files, not folders), and no 404 page.
        const urls = sortUrls(
          new Set(
            pages
              .map(({ pathname }) => new URL(pathname.replace(/^\//, ''), home).href)
              .filter((url) => url.endsWith('/') && isIndexable(url, home.href)),
          ),
        );
        const list = await (articles?.() ?? readArticles(root).then((read) => read.articles));
        const linksOf = sitemapLinker(list, new Set(urls), home.href);
        const entries = urls.map((url) => {
          const links = linksOf(url);
          return links.length > 0 ? { url, links } : { url };
        });
        await writeSitemap(fileURLToPath(dir), home.href, entries);
        logger.info(`${SITEMAP_INDEX}: ${entries.length} pages`);
      },
    },
  };
}
