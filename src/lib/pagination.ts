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

/** `getStaticPaths` entries for pages 2 and later of a list in every UI language (page 1 has its own route). */
export function laterPagePaths(
  languages: readonly string[],
  pages: number,
): { params: { lang: string; page: string } }[] {
  return languages.flatMap((lang) =>
    Array.from({ length: pages - 1 }, (_, i) => ({ params: { lang, page: String(i + 2) } })),
  );
}
