import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, searchIndexSummary } from '../lib/search/build-search-index';

/**
 * Set by `scripts/build.mjs`, which indexes the site itself in processes of
 * their own, beside the Astro process once it has written the article pages.
 */
const INDEX_AFTER_BUILD_ENV = 'SEARCH_INDEX_AFTER_BUILD';

/**
 * Indexes the built article pages with Pagefind after the build (see
 * `lib/search/build-search-index.ts`) when Astro is run on its own; the
 * project's build script does the same step in a process of its own.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_AFTER_BUILD_ENV] === '1') {
          logger.info('The search index is built by scripts/build.mjs, beside this process.');
          return;
        }
        logger.info(searchIndexSummary(await buildSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
