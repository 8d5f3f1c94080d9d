import { pageCacheKey, type KeyedEntry } from './cache-key';

/**
 * The home page lists every article, newest first, in pages: with thousands of
 * articles one page would weigh megabytes. Page 1 is the home page itself.
 */
export const HOME_PAGE_SIZE = 50;

/** How many list pages `total` items make (at least one, even when empty). */
export function pageCount(total: number, size = HOME_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items on page `page` (1-based). */
export function pageItems<T>(items: readonly T[], page: number, size = HOME_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/**
 * `getStaticPaths` entries for pages 2 and later of a list of `items` in every
 * UI language (page 1 has its own route). Each has the cache key of what its
 * page shows (see lib/cache-key.ts): the length of the list, which sets the
 * pagination, and the entries `shown` gives for each item on the page.
 */
export function laterPagePaths<T>(
  languages: readonly string[],
  items: readonly T[],
  shown: (item: T) => readonly (KeyedEntry | undefined)[],
): { params: { lang: string; page: string }; cacheKey: string }[] {
  const keys = Array.from({ length: pageCount(items.length) - 1 }, (_, i) =>
    pageCacheKey([
      { id: 'list length', data: items.length },
      ...pageItems(items, i + 2).flatMap(shown),
    ]),
  );
  return languages.flatMap((lang) =>
    keys.map((cacheKey, i) => ({ params: { lang, page: String(i + 2) }, cacheKey })),
  );
}
