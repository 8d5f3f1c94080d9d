/**
 * The standfirst of a web page: the subtitle between the headline and the
 * article text. Pages often set it in the article's header, outside the
 * container Readability keeps, yet it is the outlet's own summary of the
 * article (the copied-text cleaner keeps it too). It is recognised by its
 * place and by the page's own description, never by wording: a page block
 * that is the page's description (`<meta name="description">`, `og:description`,
 * as Readability reads it), shown after the headline and before the first
 * block of the extracted text.
 */

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A description cut short by the outlet ("…" or "...") matches the block it starts. */
function isDescription(block: string, description: string): boolean {
  if (block === description) return true;
  const cut = /(?:…|\.\.\.)$/u.exec(description);
  return (
    cut !== null &&
    description.length > 60 &&
    block.startsWith(description.slice(0, cut.index).trim())
  );
}

/**
 * The standfirst among the page's text blocks (in document order), or
 * undefined. `headline` is the article's headline, `description` the page's,
 * `firstText` the first block of the extracted article text.
 */
export function findStandfirst(
  pageBlocks: readonly string[],
  headline: string | undefined,
  description: string | undefined,
  firstText: string | undefined,
): string | undefined {
  if (!headline || !description || !firstText) return undefined;
  const blocks = pageBlocks.map(normalise);
  const want = normalise(description);
  const first = blocks.indexOf(normalise(firstText));
  if (first < 0) return undefined;
  const title = normalise(headline);
  // A headline read from `og:title` or `<title>` may carry the site's name ("Headline - Site").
  const isHeadline = (block: string) =>
    block === title || (block.length * 2 >= title.length && title.includes(block));
  const heading = blocks.slice(0, first).findLastIndex(isHeadline);
  if (heading < 0) return undefined;
  for (let i = heading + 1; i < first; i++) {
    if (isDescription(blocks[i]!, want)) return pageBlocks[i]!.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
