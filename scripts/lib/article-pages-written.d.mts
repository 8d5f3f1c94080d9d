/** The type of the message the Astro build process sends when a language's article pages are written. */
export const ARTICLE_PAGES_WRITTEN: 'article-pages-written';

/** That message: every article page of `lang` is written. */
export interface ArticlePagesWritten {
  type: typeof ARTICLE_PAGES_WRITTEN;
  lang: string;
}

/**
 * Sends an ArticlePagesWritten message to the parent process once the
 * `expected` number of article pages of a language have been written into
 * `outDir` (see article-pages-written.mjs).
 */
export function reportArticlePagesWritten(
  outDir: string,
  expected: ReadonlyMap<string, number>,
): void;

/** `--article-pages` as given to astro-build.mjs (`de=1990,en=1968`), as a map; throws on bad text. */
export function parseArticleCounts(text?: string): Map<string, number>;

/** The map as `--article-pages` text. */
export function formatArticleCounts(counts: ReadonlyMap<string, number>): string;
