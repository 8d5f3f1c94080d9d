import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { memoize } from '../memoize';
import { words } from '../search/search-key';
import type { Block } from './align-blocks';

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
  const tree = fromHtml(html, { fragment: true });
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((element) => {
      const kind = element.tagName;
      const level = /^h([1-6])$/.exec(kind)?.[1];
      const shown = level
        ? { ...element, tagName: `h${Math.min(6, Number(level) + headingOffset)}` }
        : element;
      return { kind, html: toHtml(shown) };
    });
}

/** The number of words of an article's rendered HTML, as a reader counts them. */
export const countWords: (html: string) => number = memoize(
  (html: string) => words(toText(fromHtml(html, { fragment: true }))).length,
);
