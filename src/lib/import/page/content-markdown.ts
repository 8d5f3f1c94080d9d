/**
 * Writes sanitized article content as Markdown with the unified tools the site
 * renders with (hast-util-to-mdast, mdast-util-to-markdown), which escape the
 * outlet's text wherever Markdown would read it as syntax. Headings start at
 * level 2: level 1 is the article's title.
 */
import type { Root } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Heading } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';

/** The Markdown body of `tree`, ending in one newline. */
export function contentMarkdown(tree: Root): string {
  const mdast = toMdast(tree);
  let top = 6;
  visit(mdast, 'heading', (node: Heading) => {
    top = Math.min(top, node.depth);
  });
  visit(mdast, 'heading', (node: Heading) => {
    node.depth = Math.min(6, node.depth - top + 2) as Heading['depth'];
  });
  return `${toMarkdown(mdast, { bullet: '-', emphasis: '_', strong: '*', rule: '-' }).trim()}\n`;
}

/** The blocks of a Markdown body as plain text, for comparing with the page. */
export function markdownTexts(markdown: string): string[] {
  return markdown
    .split(/\n{2,}/)
    .map((b) =>
      b
        .replace(/^#+\s+|^[-*]\s+|^>\s?|\\(?=[^\w\s])|[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}/gm, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}
