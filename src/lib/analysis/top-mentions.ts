/**
 * How many articles an entity page lists. With thousands of articles a page
 * listing every mention (each with quotes) grows to megabytes; the page lists
 * the articles that mention the entity most and the search, filtered by the
 * entity, lists them all.
 */
export const ENTITY_PAGE_LIMIT = 50;

/** The `limit` entries with the most mentions; ties keep their given order (newest first). */
export function topMentions<T extends { mention: { count: number } }>(
  entries: readonly T[],
  limit = ENTITY_PAGE_LIMIT,
): T[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => b.entry.mention.count - a.entry.mention.count || a.index - b.index)
    .slice(0, limit)
    .map(({ entry }) => entry);
}
