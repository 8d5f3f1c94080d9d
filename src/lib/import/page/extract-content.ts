/**
 * Takes the article out of a web page: Mozilla Readability finds the main
 * content (chosen over Defuddle by measurement: `npm run import:eval`), the
 * result is sanitized, and then each of its blocks is judged again by the
 * text-statistics classifier that also cleans copied texts (`classifyBlocks`):
 * Readability keeps whole containers, and with them the share bars, "read
 * more" links and ad labels inside them, which the classifier sees as link-
 * dense or short blocks outside the running text.
 */
import { Readability } from '@mozilla/readability';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { locales } from '../../../i18n/locales';
import { classifyBlocks, LENGTH_LOW, REPEATED_LINE } from '../classify-blocks';
import { findStandfirst } from './find-standfirst';
import { headlineArticlePage } from './headline-article';
import { parsePage } from './parse-page';
import { sanitizeContent } from './sanitize-content';

/** Elements that hold one block of running text. */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'pre', 'blockquote']);
const CONTAINERS = new Set(['div', 'section', 'article', 'ul', 'ol', 'blockquote']);

/**
 * The verdicts the page pass acts on. Readability has already chosen the
 * article's container, so inside it only clear signs of clutter count: link
 * lists, labels the page repeats, runs of short lines. Weak prose signals
 * (few stop words, a short line at the edge) are left alone there, as they
 * cost more article text than clutter (measured with `npm run import:eval`).
 */
const STRONG_REASONS = new Set([
  'no words',
  'mostly links',
  'a short link',
  REPEATED_LINE,
  'a run of short lines (menu or link list)',
]);

/** A block of the extracted content, with where it sits so it can be removed. */
interface ContentBlock {
  node: Element;
  parent: Root | Element;
  /** The elements that hold it, outermost first (its parent last). */
  ancestors: (Root | Element)[];
  text: string;
  linkChars: number;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

/** The innermost blocks: block elements that hold no other block element. */
function contentBlocks(tree: Root): ContentBlock[] {
  const blocks: ContentBlock[] = [];
  const walk = (parent: Root | Element, ancestors: (Root | Element)[]) => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      const holdsBlocks = child.children.some(
        (c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || CONTAINERS.has(c.tagName)),
      );
      if (BLOCK_TAGS.has(child.tagName) && !holdsBlocks) {
        const text = normalise(toText(child));
        if (!text) continue;
        let linkChars = 0;
        const countLinks = (node: Element) => {
          for (const c of node.children) {
            if (!isElement(c)) continue;
            if (c.tagName === 'a') linkChars += normalise(toText(c)).length;
            else countLinks(c);
          }
        };
        countLinks(child);
        blocks.push({ node: child, parent, ancestors, text, linkChars });
      } else walk(child, [...ancestors, child]);
    }
  };
  walk(tree, [tree]);
  return blocks;
}

/**
 * Removes from `tree` the blocks the classifier finds to be clutter (strong
 * signs only, see `STRONG_REASONS`) and the heading that repeats the headline;
 * returns them with the reason, in order.
 */
function dropClutter(
  tree: Root,
  title: string | undefined,
  languages: readonly string[],
): ExtractedContent['dropped'] {
  const blocks = contentBlocks(tree);
  const verdicts = classifyBlocks(
    blocks.map((b) => ({
      text: b.text,
      linkChars: b.linkChars,
      heading: /^h\d$/.test(b.node.tagName),
    })),
    languages,
  );
  const dropped: ExtractedContent['dropped'] = [];
  const headline = title ? normalise(title) : undefined;
  const seen = new Set<string>();
  const gone = blocks.map((block, i) => {
    const verdict = verdicts[i]!;
    if (/^h\d$/.test(block.node.tagName) && block.text === headline) return 'the headline';
    // Inside the article a repeated line longer than a label is a heading or a
    // quote the page shows twice: it is kept once.
    if (verdict.reason === REPEATED_LINE && block.text.length >= LENGTH_LOW) {
      if (!seen.has(block.text)) {
        seen.add(block.text);
        return undefined;
      }
      return 'a repeat of an earlier line';
    }
    const strong = verdict.reason !== undefined && STRONG_REASONS.has(verdict.reason);
    return !verdict.keep && strong ? verdict.reason : undefined;
  });
  blocks.forEach((block, i) => {
    if (gone[i] || !/^h\d$/.test(block.node.tagName)) return;
    // A heading heads what follows it in its box: when all of that is clutter
    // (a "related stories" title over its links), the heading goes with it.
    const after = blocks
      .map((other, j) => ({ other, j }))
      .filter(({ other, j }) => j > i && other.ancestors.includes(block.parent));
    if (after.length && after.every(({ j }) => gone[j] && gone[j] !== 'the headline'))
      gone[i] = 'the heading of removed clutter';
  });
  blocks.forEach((block, i) => {
    const reason = gone[i];
    if (!reason) return;
    dropped.push({ text: block.text, reason });
    const siblings = block.parent.children as (RootContent | ElementContent)[];
    siblings.splice(siblings.indexOf(block.node), 1);
  });
  return dropped;
}

/**
 * Puts the page's standfirst first in the article when Readability left it
 * out (it sits in the article's header on many pages); see `findStandfirst`.
 */
function addStandfirst(
  tree: Root,
  html: string,
  headline: string | undefined,
  description: string | null | undefined,
): string | undefined {
  const first = contentBlocks(tree)[0]?.text;
  if (!headline || !description || !first) return undefined;
  const standfirst = findStandfirst(pageBlocks(html), headline, description, first);
  if (!standfirst || normalise(toText(tree)).includes(standfirst)) return undefined;
  tree.children.unshift({
    type: 'element',
    tagName: 'p',
    properties: {},
    children: [{ type: 'text', value: standfirst }],
  });
  return standfirst;
}

/** What the extraction kept and what it took out. */
export interface ExtractedContent {
  /** The sanitized article content. */
  tree: Root;
  /** Readability's title, the page's `<title>` minus the site name. */
  title?: string;
  /** Readability's byline, when it found one. */
  byline?: string;
  /** The standfirst taken from the page's header, when Readability had left it out. */
  standfirst?: string;
  /** Blocks the classifier removed from Readability's result, with the reason, in order. */
  dropped: { text: string; reason: string }[];
}

/**
 * The article content of a page, or `undefined` when Readability finds none.
 * `base` resolves relative links; `title` (the headline) is removed where the
 * content repeats it as a heading.
 */
export function extractContent(
  html: string,
  options: { base?: string; title?: string; languages?: readonly string[] } = {},
): ExtractedContent | undefined {
  // Readability's default length threshold (500 characters): a lower one lets a
  // paywall or sign-in box that comes first stand for the article; below it
  // Readability retries with looser rules and keeps its longest attempt.
  const scoped = headlineArticlePage(html, options.title);
  const document = parsePage(scoped ?? html);
  // A browser never shows a `<template>` (markup kept for scripts: notices,
  // the next story's frame), but linkedom keeps its content in the page, where
  // Readability can take it for the article.
  for (const template of document.querySelectorAll('template')) template.remove();
  const parsed = new Readability(document).parse();
  if (!parsed?.content) return undefined;
  const tree = sanitizeContent(fromHtml(parsed.content, { fragment: true }), options.base);
  const dropped = dropClutter(tree, options.title, options.languages ?? locales);
  const standfirst = addStandfirst(
    tree,
    html,
    options.title ?? parsed.title ?? undefined,
    parsed.excerpt,
  );
  return {
    tree,
    title: parsed.title ? normalise(parsed.title) : undefined,
    byline: parsed.byline ? normalise(parsed.byline) : undefined,
    standfirst,
    dropped,
  };
}

/** The text blocks of a whole page, in order, for the report of what the extraction left out. */
export function pageBlocks(html: string): string[] {
  const tree = fromHtml(html);
  const blocks: string[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (['script', 'style', 'noscript', 'template', 'head', 'svg'].includes(child.tagName))
        continue;
      const holdsBlocks = child.children.some(
        (c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || CONTAINERS.has(c.tagName)),
      );
      if (
        (BLOCK_TAGS.has(child.tagName) || child.tagName === 'div' || child.tagName === 'a') &&
        !holdsBlocks
      ) {
        const text = normalise(toText(child));
        if (text) blocks.push(text);
      } else walk(child);
    }
  };
  walk(tree);
  return blocks;
}
