/**
 * Which of Pagefind's index chunks a search must load besides the one Pagefind
 * picks, so that a query finds every indexed word it starts.
 *
 * Why: Pagefind splits its word index into chunks by word range and, for a
 * query term, loads only the chunk whose range holds the term itself. A
 * common word often ends a chunk, and its longer forms begin the next ones:
 * at 10,000 articles `kasahstan` closed a chunk, and `kasahstana` to
 * `kasahstanu` filled three more. Pagefind matches a term as a prefix, but only
 * among the words it has loaded, so "Kazakhstan" found 3,962 of the 9,873
 * articles that mention it (measured in Chromium on the benchmark corpus).
 * Pagefind loads every chunk a term falls into when asked to preload it, so the
 * search page preloads the first word of each chunk that starts with a query
 * key before it searches (`src/scripts/search-session.ts`).
 *
 * The first words come from Pagefind's page table, written beside the bundle
 * by the build (`index-chunks-file.ts`).
 */

/** The file of chunk first words, inside the Pagefind bundle folder. */
export const INDEX_CHUNKS_FILE = 'index-chunks.json';

/**
 * Shorter keys are left to Pagefind alone: a two-letter prefix starts up to 22
 * chunks at 10,000 articles (600 KB), fetched on the second keystroke; three
 * letters start at most seven.
 */
export const MIN_PRELOAD_KEY_LENGTH = 3;

/**
 * The first words of the chunks that begin after `key` but still with `key`:
 * the chunks holding longer words that `key` starts, which Pagefind does not
 * load for `key` (it loads the chunk whose range holds `key` itself). `starts`
 * is sorted (as `decodeIndexChunks` returns it).
 */
export function chunksToPreload(starts: readonly string[], key: string): string[] {
  if (key.length < MIN_PRELOAD_KEY_LENGTH) return [];
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= key) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < starts.length && starts[i]!.startsWith(key); i += 1) found.push(starts[i]!);
  return found;
}

/**
 * Decodes the stored list. Throws when `json` is not a list of words, so a
 * broken file shows as a search error instead of incomplete results.
 */
export function decodeIndexChunks(json: unknown): string[] {
  if (!Array.isArray(json) || json.some((word) => typeof word !== 'string')) {
    throw new Error(`${INDEX_CHUNKS_FILE}: expected a list of words`);
  }
  return (json as string[]).slice().sort();
}
