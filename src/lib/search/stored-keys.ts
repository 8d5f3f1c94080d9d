import { memoize } from '../memoize';
import { indexKeys } from './search-key';

const NON_ASCII = /[^\0-\x7f]/;

/** A word folded the way Pagefind indexes text: lowercase, accents removed. */
export function foldLikePagefind(word: string): string {
  const lower = word.toLowerCase();
  // An ASCII word (every English one, most Spanish and German ones) has no
  // accents to remove, and this runs for every distinct word of every article.
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(/\p{M}/gu, '') : lower;
}

/**
 * The keys of a word that the index does not already have: Pagefind indexes the
 * text itself, so a key that is just the folded word ("sanciones") adds nothing.
 */
export function extraKeys(word: string, lang: string): string[] {
  return extraKeysIn(lang)(word);
}

/**
 * Kept per language and word: news text repeats its vocabulary, and keying every
 * occurrence again was the largest cost of rendering an article (see lib/memoize).
 */
const extraKeysIn = memoize((lang: string) =>
  memoize((word: string) => {
    const folded = foldLikePagefind(word);
    return indexKeys(word, lang).filter((key) => key !== folded);
  }),
);

/**
 * The keys worth storing for a page whose indexed text has the words
 * `textWords`. The index matches a query key as a prefix, so two kinds of key
 * can never find anything the page does not already offer:
 * - a key that starts another stored key ("kasahstan" before "kasahstana");
 * - a key that starts a word of the text itself, which Pagefind indexes folded
 *   ("kazachstan" in a Polish "Kazachstanu"): at 10,000 articles these were a
 *   quarter of all keys and about 300 MB of Pagefind's peak memory.
 * Dropping them keeps the index, its memory and every result's download small.
 */
export function storedKeys(keys: Iterable<string>, textWords: Iterable<string>): string[] {
  const sorted = [...new Set(keys)].filter(Boolean).sort();
  const words = [...new Set(Array.from(textWords, foldLikePagefind))].sort();
  // In sorted order, every key that a key is a prefix of follows it directly.
  return sorted.filter((key, i) => !sorted[i + 1]?.startsWith(key) && !startsAnyOf(words, key));
}

/** True when a word of the sorted list `words` starts with `prefix` (binary search). */
export function startsAnyOf(words: readonly string[], prefix: string): boolean {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < prefix) low = middle + 1;
    else high = middle;
  }
  return words[low]?.startsWith(prefix) ?? false;
}
