import astroSitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readArticles } from '../lib/content/read-articles';
import { isIndexable, sitemapLinker, type SitemapLink } from '../lib/seo/sitemap-links';
import type { ArticleRef } from '../lib/translations';

/**
 * `@astrojs/sitemap` (`/sitemap-index.xml`) with alternates for real language
 * versions only. Its own `i18n` option would give every page an alternate in
 * every language by swapping the path prefix, which is wrong for articles (a
 * translation has its own slug, and most articles exist in few languages); so
 * `serialize` adds the alternates itself, from the content's translation groups
 * and from the list of pages the build really wrote (collected by `filter`,
 * which the integration calls for every page before it serializes any).
 */
export function sitemap({
  articles,
}: {
  /** The articles, when something has read them already (see content-guard.ts). */
  articles?: () => Promise<readonly ArticleRef[]> | undefined;
} = {}): AstroIntegration {
  let root = process.cwd();
  const pages = new Set<string>();
  let linker: Promise<(url: string) => SitemapLink[]> | undefined;
  const inner = astroSitemap({
    // Only the xhtml namespace (alternates) is used; no news, image or video entries.
    namespaces: { news: false, image: false, video: false },
    filter: (page) => {
      // Pages only (feeds and robots.txt are files), and no 404 page.
      if (!page.endsWith('/') || !isIndexable(page)) return false;
      pages.add(page);
      return true;
    },
    serialize: async (item) => {
      linker ??= (articles?.() ?? readArticles(root).then((read) => read.articles)).then((list) =>
        sitemapLinker(list, pages),
      );
      const links = (await linker)(item.url);
      return links.length > 0 ? { ...item, links } : item;
    },
  });
  return {
    ...inner,
    name: 'sitemap',
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        // The articles are read from the project being built (`astro build --root`).
        root = fileURLToPath(params.config.root);
        await inner.hooks['astro:config:done']?.(params);
      },
    },
  };
}
