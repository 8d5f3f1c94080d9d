import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/** GFM without literal autolinks: tables, footnotes, strikethrough, task lists. */
const LEAN_SYNTAX = [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()];
const LEAN_TREE = [
  gfmFootnoteFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmTableFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
];
/** All of GFM, in the order remark-gfm adds it (micromark-extension-gfm, mdast-util-gfm). */
const FULL_SYNTAX = [gfmAutolinkLiteral(), ...LEAN_SYNTAX];
const FULL_TREE = [gfmAutolinkLiteralFromMarkdown(), ...LEAN_TREE];

/**
 * What every literal autolink needs somewhere in the source: `www`, `http` or
 * an `@` (an e-mail address), or a `&` or `\` that could stand for one of their
 * letters as a character reference or escape. A document without any of these
 * cannot contain one, whatever else it holds.
 */
const MAY_AUTOLINK = /[@&\\]|www|http/i;

/** True when `markdown` may contain a GFM literal autolink (see MAY_AUTOLINK). */
export function mayContainAutolink(markdown: string): boolean {
  return MAY_AUTOLINK.test(markdown);
}

/**
 * GitHub Flavored Markdown, as remark-gfm parses it, for a site that renders
 * thousands of articles. Literal autolinks (`https://…`, `www.…`, `name@host`)
 * are tried by micromark at the start of every word of Latin-script text, to
 * see if it is an e-mail address: at 10,000 articles that was a third of all
 * Markdown rendering time (measured: 6.4 ms an article with remark-gfm, 4.6 ms
 * without its autolinks), while news text rarely has any. So a document gets
 * the autolink syntax only when it could contain an autolink at all
 * (`mayContainAutolink`); the HTML is the same as remark-gfm's either way.
 *
 * Replaces the processor's parser (that of remark-parse, with the same
 * settings and the extensions other plugins add); use with Astro's own GFM
 * turned off (`gfm: false`).
 */
export function remarkGfmLean(this: Processor) {
  const data = this.data();
  this.parser = (document: string) => {
    const full = mayContainAutolink(document);
    return fromMarkdown(document, {
      ...data.settings,
      // remark-gfm is attached before the site's plugins; its syntax comes first too.
      extensions: [...(full ? FULL_SYNTAX : LEAN_SYNTAX), ...(data.micromarkExtensions ?? [])],
      mdastExtensions: [...(full ? FULL_TREE : LEAN_TREE), ...(data.fromMarkdownExtensions ?? [])],
    });
  };
}
