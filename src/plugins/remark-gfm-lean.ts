import { fromMarkdown, type Options as FromMarkdownOptions } from 'mdast-util-from-markdown';
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

/** A syntax extension for micromark, as `fromMarkdown` takes it. */
type SyntaxExtension = NonNullable<FromMarkdownOptions['extensions']>[number];
/** An extension that turns micromark's tokens into mdast nodes, as `fromMarkdown` takes it. */
type TreeExtension = NonNullable<FromMarkdownOptions['mdastExtensions']>[number];

/** A part of GFM, and what a document needs somewhere before that syntax can occur in it. */
interface GfmPart {
  /** The part's syntax (micromark-extension-gfm-*). */
  syntax: SyntaxExtension;
  /** Its mdast nodes (mdast-util-gfm-*). */
  tree: TreeExtension;
  /** Absent: the part costs nothing where its syntax is missing, and is always used. */
  mayOccur?: RegExp;
}

/**
 * GFM, in the order remark-gfm adds it (micromark-extension-gfm, mdast-util-gfm).
 * Two parts are tried all over a text, not only at their own marker:
 * - literal autolinks at the start of every word of Latin-script text, in case
 *   it is an e-mail address; every autolink has `www`, `http` or `@` in it, or
 *   a `&` or `\` that could stand for one of their letters as a character
 *   reference or escape;
 * - tables at the start of every paragraph; a table's delimiter row needs a
 *   `|`, or a `:` beside a `-` (`abc` over `:--` is a one-column table).
 */
const PARTS: readonly GfmPart[] = [
  {
    syntax: gfmAutolinkLiteral(),
    tree: gfmAutolinkLiteralFromMarkdown(),
    mayOccur: /[@&\\]|www|http/i,
  },
  { syntax: gfmFootnote(), tree: gfmFootnoteFromMarkdown() },
  { syntax: gfmStrikethrough(), tree: gfmStrikethroughFromMarkdown() },
  { syntax: gfmTable(), tree: gfmTableFromMarkdown(), mayOccur: /\||:-|-:/ },
  { syntax: gfmTaskListItem(), tree: gfmTaskListItemFromMarkdown() },
];

/** The parts of GFM whose syntax can occur in `markdown`. */
export function gfmPartsFor(markdown: string): readonly GfmPart[] {
  return PARTS.filter((part) => !part.mayOccur || part.mayOccur.test(markdown));
}

/**
 * GitHub Flavored Markdown, as remark-gfm parses it, for a site that renders
 * thousands of articles: each document gets only the parts of GFM whose syntax
 * can occur in it (`gfmPartsFor`), so the HTML is the same as remark-gfm's.
 * Literal autolinks and tables, tried all over every text, were almost 30% of
 * the site's Markdown rendering time, while news text rarely has either
 * (measured on the articles of `npm run bench`, rendered both ways in turn).
 *
 * Replaces the processor's parser (that of remark-parse, with the same
 * settings and the extensions other plugins add); use with Astro's own GFM
 * turned off (`gfm: false`).
 */
export function remarkGfmLean(this: Processor) {
  const data = this.data();
  this.parser = (document: string) => {
    const parts = gfmPartsFor(document);
    return fromMarkdown(document, {
      ...data.settings,
      // remark-gfm is attached before the site's plugins; its syntax comes first too.
      extensions: [...parts.map((part) => part.syntax), ...(data.micromarkExtensions ?? [])],
      mdastExtensions: [...parts.map((part) => part.tree), ...(data.fromMarkdownExtensions ?? [])],
    });
  };
}
