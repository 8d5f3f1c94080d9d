import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { groupArticles, versionsOf } from './translations';

/** An article entry from the content collection. */
export type Article = CollectionEntry<'articles'>;

/** Every article newest first, and a lookup of each one's language versions. */
export interface Catalog {
  articles: Article[];
  versions(article: Article): Article[];
  byId(id: string): Article | undefined;
}

let cached: Promise<Catalog> | undefined;

/**
 * Loads the collection once per build: every page needs the same sorted list and
 * translation groups, and recomputing them per page is wasted work at scale.
 */
export function loadCatalog(): Promise<Catalog> {
  // In dev the content changes under a running server, so only a build caches.
  if (import.meta.env.DEV) cached = undefined;
  cached ??= getCollection('articles').then((entries) => {
    const groups = groupArticles(entries);
    const ids = new Map(entries.map((entry) => [entry.id, entry]));
    return {
      articles: newestFirst(entries),
      versions: (article) => versionsOf(article, groups),
      byId: (id) => ids.get(id),
    };
  });
  return cached;
}
