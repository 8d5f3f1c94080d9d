/** The message the Astro build process sends when every article page is written. */
export const ARTICLE_PAGES_WRITTEN: 'article-pages-written';

/** Something written to, such as `process.stdout`. */
interface Writable {
  write(chunk: string | Uint8Array, ...rest: never[]): boolean;
}

/**
 * Watches `stream`: `run` calls back once it is at the start of a line
 * (see article-pages-written.mjs); `stop` puts its `write` back.
 */
export function atLineStart(stream: Writable): { run(callback: () => void): void; stop(): void };

/**
 * Sends ARTICLE_PAGES_WRITTEN to the parent process once `expected` different
 * article pages have been written into `outDir`, after printing `note` to
 * `stream` (default: stdout) on a line of its own (see article-pages-written.mjs).
 */
export function reportArticlePagesWritten(
  outDir: string,
  expected: number,
  note: string,
  stream?: Writable,
): void;
