import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { unified } from 'unified';
import { EXIT, visit } from 'unist-util-visit';

/**
 * What an article may contain. GitHub's schema (the one rehype-sanitize ships)
 * already drops scripts, event handlers and every URL scheme but http(s),
 * mailto and relative ones; we also drop `<style>` with its text, and let
 * `lang` and `dir` stay on any element. Ids written in an article keep the
 * schema's `user-content-` prefix so they cannot clash with the page's own ids
 * (heading ids are added after this step and are not prefixed).
 */
export const untrustedHtmlSchema = {
  ...defaultSchema,
  strip: [...(defaultSchema.strip ?? []), 'style'],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang', 'dir'],
  },
};

const withRawHtml = unified().use(rehypeRaw).use(rehypeSanitize, untrustedHtmlSchema);
const withoutRawHtml = unified().use(rehypeSanitize, untrustedHtmlSchema);

/**
 * Articles are copied from the web, so their Markdown is untrusted. Astro would
 * pass raw HTML through; this plugin parses it (rehype-raw) and filters the whole
 * tree (rehype-sanitize), so no script, event handler or `javascript:` URL from
 * an article ever reaches a reader's browser.
 */
export function rehypeSanitizeUntrusted() {
  return async (tree: Root) => {
    // Re-parsing HTML (rehype-raw) is the costly step; most articles have no raw
    // HTML at all, and those are still filtered by the same schema.
    const sanitizer = hasRawHtml(tree) ? withRawHtml : withoutRawHtml;
    const clean = (await sanitizer.run(tree)) as Root;
    tree.children = clean.children;
  };
}

function hasRawHtml(tree: Root): boolean {
  let found = false;
  visit(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}
