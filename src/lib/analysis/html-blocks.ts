import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { memoize } from '../memoize';
import { passageAnchorLanguage } from '../search/passage-anchors';
import { words } from '../search/search-key';
import type { Block } from './align-blocks';
import { parseHtmlFragment } from '../html-fragment';

/**
 * The top-level blocks of an article's rendered HTML, in order. The HTML comes
 * from our own Markdown pipeline (sanitised there), so its blocks can be shown
 * again as they are. `headingOffset` moves headings down as many levels, for a
 * page that puts the article under headings of its own; a block's `kind` stays
 * the heading level the article has.
 */
export function htmlBlocks(html: string, { headingOffset = 0 } = {}): Block[] {
  return blocksWithOffset(headingOffset)(html);
}

/**
 * One cache of blocks per heading offset: an article is shown on a compare page
 * for every other version and every UI language (see lib/memoize).
 */
const blocksWithOffset = memoize((headingOffset: number) =>
  memoize((html: string) => parseBlocks(html, headingOffset)),
);

function parseBlocks(html: string, headingOffset: number): Block[] {
  const tree = parseHtmlFragment(html);
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((element) => {
      const kind = element.tagName;
      const level = /^h([1-6])$/.exec(kind)?.[1];
      const bare = withoutPassageAnchors(element);
      const shown = level
        ? { ...bare, tagName: `h${Math.min(6, Number(level) + headingOffset)}` }
        : bare;
      return { kind, html: toHtml(shown) };
    });
}

/**
 * A copy of `element` without the markers of where its article changes
 * language (`rehypePassageAnchors`): they are there for the search index, and
 * two versions of an article side by side would repeat their ids.
 */
function withoutPassageAnchors(element: Element): Element {
  const children = element.children
    .filter((child) => !isPassageAnchor(child))
    .map((child) => (child.type === 'element' ? withoutPassageAnchors(child) : child));
  return { ...element, children };
}

function isPassageAnchor(node: ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'span' || node.children.length > 0) return false;
  const { id } = node.properties;
  return typeof id === 'string' && passageAnchorLanguage(id) !== undefined;
}

/** The number of words of an article's rendered HTML, as a reader counts them. */
export const countWords: (html: string) => number = memoize(
  (html: string) => words(toText(parseHtmlFragment(html))).length,
);
