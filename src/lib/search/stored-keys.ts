import { memoize } from '../memoize';
import { indexKeys } from './search-key';

/** A word folded the way Pagefind indexes text: lowercase, accents removed. */
export function foldLikePagefind(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
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
 * The keys worth storing for a page. The index matches a query key as a prefix,
 * so a stored key that starts another stored key ("kasahstan" before
 * "kasahstana") can never find anything the longer one does not; dropping such
 * keys keeps the index and every result's download small.
 */
export function withoutPrefixKeys(keys: Iterable<string>): string[] {
  const sorted = [...new Set(keys)].filter(Boolean).sort();
  // In sorted order, every key that a key is a prefix of follows it directly.
  return sorted.filter((key, i) => !sorted[i + 1]?.startsWith(key));
}
