/**
 * Makes the extracted article safe and plain: only the elements of running text
 * survive (paragraphs, headings, lists, quotes, links, emphasis, code, line
 * breaks), links only with absolute http(s) addresses. Scripts, styles, event
 * handlers, iframes, forms, images (tracking pixels, galleries), figures and
 * their captions (a `figcaption` too where a page sets it outside a `figure`),
 * SVG and embedded objects are dropped with their content; any other element is
 * unwrapped to its text. hast-util-sanitize does the work, with this schema.
 */
import type { Element, ElementContent, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import { webUrl } from './page-metadata';

export const CONTENT_SCHEMA: Schema = {
  tagNames: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'em',
    'strong',
    'b',
    'i',
    'br',
    'code',
    'pre',
    'div',
    'section',
    'article',
  ],
  attributes: { a: ['href'] },
  protocols: { href: ['http', 'https'] },
  strip: [
    'script',
    'style',
    'noscript',
    'iframe',
    'frame',
    'object',
    'embed',
    'form',
    'input',
    'button',
    'select',
    'textarea',
    'svg',
    'math',
    'img',
    'picture',
    'video',
    'audio',
    'canvas',
    'template',
    'figure',
    'figcaption',
    'nav',
    'aside',
    'footer',
    'dialog',
  ],
  clobberPrefix: '',
  required: {},
  ancestors: {},
};

/**
 * Sanitizes `tree` (the extracted content) and resolves its links against the
 * page's address; a link that does not resolve to http(s) loses its href.
 */
export function sanitizeContent(tree: Root, base?: string): Root {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'a') return;
    const href = typeof node.properties.href === 'string' ? node.properties.href : undefined;
    const resolved = webUrl(href, base);
    if (resolved) node.properties = { href: resolved };
    else node.properties = {};
  });
  const clean = sanitize(tree, CONTENT_SCHEMA) as Root;
  // A link without an address is only text.
  visit(clean, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'a' && !node.properties.href && parent && index !== undefined) {
      (parent.children as ElementContent[]).splice(index, 1, ...node.children);
      return index;
    }
    return undefined;
  });
  return clean;
}
