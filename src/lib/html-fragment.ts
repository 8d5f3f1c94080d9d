import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

/**
 * A fragment of HTML, such as an article's rendered Markdown, as a hast tree.
 * This is what `fromHtml(html, { fragment: true })` of hast-util-from-html
 * does, from the same two libraries, less the source positions of every node,
 * which nothing here reads: the HTML comes from our own pipeline, and a build
 * at 10,000 articles parses it about 10,000 times (compare, entity and story
 * pages). Without positions parse5 takes about half the time an article.
 */
export function parseHtmlFragment(html: string): Root {
  return fromParse5(parseFragment(html)) as Root;
}
