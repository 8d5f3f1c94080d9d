/** The message the Astro build process sends when every article page is written. */
export const ARTICLE_PAGES_WRITTEN: 'article-pages-written';

/**
 * Sends ARTICLE_PAGES_WRITTEN to the parent process once `expected` different
 * article pages have been written into `outDir` (see article-pages-written.mjs).
 */
export function reportArticlePagesWritten(outDir: string, expected: number): void;
