/**
 * Every entity's articles, in the order given (the catalog's, newest first),
 * each with its first mention of the entity. One pass over every article's
 * mentions: asking the whole archive once per entity, as each entity page
 * did, grew with entities × articles.
 */
export function articlesByEntity<A, M extends { entity: string }>(
  articles: readonly A[],
  mentionsOf: (article: A) => readonly M[] | undefined,
): Map<string, { article: A; mention: M }[]> {
  const byEntity = new Map<string, { article: A; mention: M }[]>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const mention of mentionsOf(article) ?? []) {
      if (seen.has(mention.entity)) continue;
      seen.add(mention.entity);
      const list = byEntity.get(mention.entity);
      if (list) list.push({ article, mention });
      else byEntity.set(mention.entity, [{ article, mention }]);
    }
  }
  return byEntity;
}
