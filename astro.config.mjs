// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { fileURLToPath } from 'node:url';
import { createMarkdownOptions } from './src/plugins/markdown-options';
import { contentGuard } from './src/integrations/content-guard';
import { sitemap } from './src/integrations/sitemap';
import { dataStoreFromFile } from './src/astro-patches/data-store-from-file';
import { loadMentionEntities } from './src/lib/mentions/entity-forms';
import { requireNode } from './src/lib/require-node';
import { devSearch } from './src/integrations/dev-search';
import { noReloadBeforeFirstPage } from './src/astro-patches/no-reload-before-first-page';
import { loadConcepts } from './src/lib/search/equivalent-sources';

requireNode();

/**
 * Public address of the site; absolute URLs (hreflang, canonical) are built
 * from it, and its path is the path the site is served under (`base`): with
 * `SITE_URL=https://example.org/news/` every link starts with `/news/`.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
  throw new Error(
    `SITE_URL: expected an absolute http(s) URL such as https://example.org/news/, got "${site}".`,
  );
}

/** The entities whose mentions the Markdown pipeline records (content/entities). */
const root = fileURLToPath(new URL('.', import.meta.url));
const mentions = await loadMentionEntities(root);

/** The regions and words whose forms in every language search finds (lib/search/equivalents.ts). */
const equivalents = await loadConcepts(root);

/** Validates the content first; the sitemap takes the articles it read. */
const guard = contentGuard();

export default defineConfig({
  site,
  base: new URL(site).pathname,
  trailingSlash: 'always',
  build: {
    // Styles are files, never inline <style>: the Content-Security-Policy
    // (deploy/headers.json) allows stylesheets from the site only.
    inlineStylesheets: 'never',
    // Pages render while earlier ones are written to disk (8 measured best of
    // 1, 4, 8 and 16, see docs/performance.md).
    concurrency: 8,
  },
  integrations: [
    guard,
    devSearch(),
    noReloadBeforeFirstPage(),
    sitemap({ articles: guard.articles }),
    dataStoreFromFile(),
  ],
  experimental: {
    // Article and comparison pages whose content and code are unchanged since the
    // last build are copied from it instead of rendered (their getStaticPaths give
    // a cacheKey, see src/lib/cache-key.ts).
    incrementalBuild: true,
  },
  vite: {
    // The search worker imports Pagefind's script at run time, which only a
    // module worker can do.
    worker: { format: 'es' },
    // The dev server watches the project for edits, but not the folders the
    // build, the tests and the benchmark write: `npm run bench` leaves sites
    // of up to 100,000 articles in .bench/, whose hundreds of thousands of
    // files kept `npm run dev` from starting for minutes.
    server: {
      watch: {
        ignored: [
          '**/dist/**',
          '**/.bench/**',
          '**/.build-staging/**',
          '**/.build-previous/**',
          '**/.test-sites/**',
          '**/.test-output/**',
        ],
      },
    },
  },
  markdown: {
    processor: unified(createMarkdownOptions(mentions, equivalents)),
  },
});
