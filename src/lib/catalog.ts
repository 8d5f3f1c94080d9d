import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './article-order';
import { translationStatus, type StatusRow } from './translation-status';
import { groupArticles, versionsOf } from './translations';

/** An article entry from the content collection. */
export type Article = CollectionEntry<'articles'>;

/** Every article newest first, and a lookup of each one's language versions. */
export interface Catalog {
  articles: Article[];
  versions(article: Article): Article[];
  byId(id: string): Article | undefined;
  /**
   * The rows of the translations table (see translation-status.ts), computed
   * once: every page of the paged table needs all of them to know its slice.
   */
  statusRows(): StatusRow<Article>[];
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
    const articles = newestFirst(entries);
    let rows: StatusRow<Article>[] | undefined;
    return {
      articles,
      versions: (article) => versionsOf(article, groups),
      byId: (id) => ids.get(id),
      statusRows: () => (rows ??= translationStatus(articles)),
    };
  });
  return cached;
}
