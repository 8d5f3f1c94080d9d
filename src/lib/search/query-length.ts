/**
 * How long a query may be. A module of its own, without imports: the search
 * page's script needs only this, and what query-check.ts imports (stemmers,
 * transliteration tables, stop-word lists) would make that script about ten
 * times as large, all of it run as the page loads.
 */

/**
 * The longest query searched, in characters; a longer one is cut at the last
 * word that fits. Headlines and names are far shorter; a pasted paragraph
 * would make one Pagefind lookup per word and match everything.
 */
export const MAX_QUERY_LENGTH = 200;

/** `query` cut to at most MAX_QUERY_LENGTH characters, at a word boundary where there is one. */
export function cutQuery(query: string): string {
  const text = query.trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const cut = text.slice(0, MAX_QUERY_LENGTH + 1);
  const lastSpace = cut.search(/\s\S*$/);
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_QUERY_LENGTH)).trimEnd();
}
