import remarkDirective from 'remark-directive';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { remarkDirectiveAsText } from './remark-directive-as-text';
import { remarkPassageLang } from './remark-passage-lang';
import { rehypeSanitizeUntrusted } from './rehype-sanitize-untrusted';
import { rehypeSearchKeys } from './rehype-search-keys';

/**
 * The one Markdown pipeline of the site, shared by `astro.config.mjs` and the
 * tests so that what is tested is what renders the pages.
 */
export const markdownOptions = {
  // Smart quotes would rewrite what outlets wrote and put English quotes into
  // Russian, German and Polish text, so quotes stay as published.
  smartypants: false,
  remarkPlugins: [remarkDirective, remarkDirectiveAsText, remarkPassageLang],
  rehypePlugins: [rehypeSanitizeUntrusted, rehypeSearchKeys],
} satisfies UnifiedProcessorOptions;
