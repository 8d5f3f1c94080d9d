import remarkDirective from 'remark-directive';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { remarkDirectiveAsText } from './remark-directive-as-text';
import { remarkGfmLean } from './remark-gfm-lean';
import { remarkPassageLang } from './remark-passage-lang';
import { rehypeEntityMentions, type EntityMentionsOptions } from './rehype-entity-mentions';
import { rehypeOpeningText } from './rehype-opening-text';
import { rehypePassageAnchors } from './rehype-passage-anchors';
import { rehypeSanitizeUntrusted } from './rehype-sanitize-untrusted';
import { rehypeSearchKeys } from './rehype-search-keys';
import { rehypeEquivalentKeys, type EquivalentKeysOptions } from './rehype-equivalent-keys';

/**
 * The one Markdown pipeline of the site, shared by `astro.config.mjs` and the
 * tests so that what is tested is what renders the pages. The entities whose
 * mentions it records come from content/entities, loaded by the config
 * (`loadMentionEntities`), and the equivalents it adds to the search keys from
 * content/entities, CLDR and the lexicon (`loadConcepts`); tests pass their own.
 */
export function createMarkdownOptions(
  mentions: EntityMentionsOptions,
  equivalents: EquivalentKeysOptions = { concepts: [] },
) {
  return {
    // Smart quotes would rewrite what outlets wrote and put English quotes into
    // Russian, German and Polish text, so quotes stay as published.
    smartypants: false,
    // GFM comes from remarkGfmLean, the same syntax at a fraction of the cost.
    gfm: false,
    remarkPlugins: [remarkGfmLean, remarkDirective, remarkDirectiveAsText, remarkPassageLang],
    rehypePlugins: [
      rehypeSanitizeUntrusted,
      // After the sanitiser, which would prefix its ids.
      rehypePassageAnchors,
      rehypeSearchKeys,
      rehypeOpeningText,
      // Last: it reads the final text and languages, and changes nothing.
      [rehypeEntityMentions, mentions],
      // After the mentions, whose entities it adds to the search keys.
      [rehypeEquivalentKeys, equivalents],
    ],
  } satisfies UnifiedProcessorOptions;
}

/** The pipeline without entities (no mentions recorded), for tests of the other plugins. */
export const markdownOptions = createMarkdownOptions({ entities: [] });
