import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * The language every page is indexed under. All articles go into ONE index so a
 * single query searches every language at once and ranks the results together.
 * Pagefind stems per index language, which would stem Russian text with (say) a
 * German stemmer; we turn its stemming off with a language it has no stemmer for
 * and do our own per-language stemming, transliteration and spelling folding in
 * the search keys (see docs/search-design.md).
 */
export const SEARCH_INDEX_LANGUAGE = 'zxx';

/**
 * Indexes the built article pages with Pagefind's Node API after the build:
 * only the elements marked `data-pagefind-body` (article text) are indexed, with
 * the title, metadata, language filter and date sort the pages declare.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({
            forceLanguage: SEARCH_INDEX_LANGUAGE,
          });
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          // Only article pages carry `data-pagefind-body`; reading the others (entity,
          // story, home pages...) would cost time and memory for nothing at scale.
          const { errors, page_count } = await index.addDirectory({
            path: site,
            glob: '*/articles/*/index.html',
          });
          if (errors.length > 0)
            throw new Error(`Pagefind could not index the site: ${errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(
            `Indexed the article pages (${page_count} HTML files read) in ${Math.round(performance.now() - started)} ms.`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
