import type { Element } from 'hast';

/**
 * Elements that start a block of their own in an article's HTML: a word never
 * runs across two of them, and each may be in a language of its own.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'dt',
  'dd',
  'td',
  'th',
  'caption',
  'figcaption',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'tr',
]);

/** The language an element declares itself (`lang`), if any; its text inherits it. */
export function elementLang(node: Element): string | undefined {
  const lang = node.properties?.lang;
  return typeof lang === 'string' && lang ? lang : undefined;
}
