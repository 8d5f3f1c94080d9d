/**
 * Writes sanitized article content as Markdown with the unified tools the site
 * renders with (hast-util-to-mdast, mdast-util-to-markdown), which escape the
 * outlet's text wherever Markdown would read it as syntax. Headings start at
 * level 2: level 1 is the article's title.
 */
import type { Root } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Heading } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

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

/** Blocks of Markdown that hold running text (the containers, lists and quotes, hold these). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'code', 'tableCell']);

/**
 * The blocks of a Markdown body as plain text, for comparing with the page:
 * the body is parsed back with the site's own Markdown reader, so escapes,
 * character references, list numbers and link targets never count as text.
 */
export function markdownTexts(markdown: string): string[] {
  const texts: string[] = [];
  const tree = fromMarkdown(markdown);
  // A line break separates words as a space does.
  visit(tree, 'break', (_node, index, parent) => {
    if (parent && index !== undefined) parent.children[index] = { type: 'text', value: ' ' };
  });
  visit(tree, (node) => {
    if (!TEXT_BLOCKS.has(node.type)) return undefined;
    const text = toString(node).replace(/\s+/g, ' ').trim();
    if (text) texts.push(text);
    return SKIP;
  });
  return texts;
}
