import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { memoize } from '../memoize';
import { parseHtmlFragment } from '../html-fragment';

/** Collapses runs of white space (line breaks from the Markdown included) into single spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Every `<p>` of a tree in document order, with the language it is written in. */
function paragraphs(node: Root | Element, lang: string): { p: Element; lang: string }[] {
  const found: { p: Element; lang: string }[] = [];
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    const own = child.properties?.lang;
    const childLang = typeof own === 'string' && own ? own : lang;
    if (child.tagName === 'p') found.push({ p: child, lang: childLang });
    else found.push(...paragraphs(child, childLang));
  }
  return found;
}

/**
 * The plain text of the first paragraph of an article's tree that is written in
 * the article's own language. A German article may open with an English
 * quotation; a German summary of it should not be English. Falls back to the
 * first paragraph of any language, and to `undefined` when there is none.
 */
export function openingText(tree: Root, lang: string): string | undefined {
  const all = paragraphs(tree, lang)
    .map((entry) => ({ text: squash(toText(entry.p)), lang: entry.lang }))
    .filter((entry) => entry.text);
  return (all.find((entry) => entry.lang === lang) ?? all[0])?.text;
}

/** `openingText` of rendered HTML (for articles rendered before `rehypeOpeningText` existed). */
export function firstParagraph(html: string, lang: string): string | undefined {
  return firstParagraphIn(lang)(html);
}

/** Kept per language and HTML: the article page and every feed ask for it (see lib/memoize). */
const firstParagraphIn = memoize((lang: string) =>
  memoize((html: string) => openingText(parseHtmlFragment(html), lang)),
);

/** The least an article needs for a summary: its language, summary and rendered HTML. */
export interface SummarySource {
  data: { lang: string; summary?: string };
  /** The render; its metadata's front matter holds what the Markdown plugins recorded. */
  rendered?: { html: string; metadata?: Record<string, unknown> };
}

/**
 * What a feed, a search engine or a share preview shows under the title: the
 * editor's summary when there is one, otherwise the opening paragraph as plain
 * text (never HTML: feed readers and meta tags show markup literally).
 */
export function summaryOf(article: SummarySource): string | undefined {
  if (article.data.summary) return squash(article.data.summary);
  if (!article.rendered) return undefined;
  // Recorded while the Markdown was rendered (and cached with it); parsing the
  // HTML again for every feed and page took seconds at 10,000 articles.
  const frontmatter = article.rendered.metadata?.frontmatter as Record<string, unknown> | undefined;
  const recorded = frontmatter?.openingText;
  return typeof recorded === 'string'
    ? recorded
    : firstParagraph(article.rendered.html, article.data.lang);
}

/**
 * Shortens `text` to at most `max` characters at a word boundary, marking the cut
 * with an ellipsis; search engines and share cards cut long descriptions anyway,
 * and cut mid-word when we do not.
 */
export function shorten(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
