// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import { remarkDirectiveAsText } from './src/plugins/remark-directive-as-text.ts';
import { remarkPassageLang } from './src/plugins/remark-passage-lang.ts';
import { rehypeSanitizeUntrusted } from './src/plugins/rehype-sanitize-untrusted.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { requireNode } from './src/lib/require-node.ts';

requireNode('22.12.0');

/** Public address of the site; absolute URLs (hreflang, canonical) are built from it. */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [contentGuard()],
  markdown: {
    processor: unified({
      // Smart quotes would rewrite what outlets wrote and put English quotes into
      // Russian, German and Polish text, so quotes stay as published.
      smartypants: false,
      remarkPlugins: [remarkDirective, remarkDirectiveAsText, remarkPassageLang],
      rehypePlugins: [rehypeSanitizeUntrusted],
    }),
  },
});
