// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/plugins/markdown-options.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { requireNode } from './src/lib/require-node.ts';

requireNode('22.12.0');

/** Public address of the site; absolute URLs (hreflang, canonical) are built from it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [contentGuard(), searchIndex()],
  markdown: {
    processor: unified(markdownOptions),
  },
});
