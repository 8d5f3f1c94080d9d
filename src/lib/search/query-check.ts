import type { ExpandedQuery } from './expand-query';
import { cutQuery } from './query-length';
import { words } from './search-key';
import { isStopWordIn, phraseOfStopWords, SITE_STOP_WORDS } from './site-stop-words';
import { foldLikePagefind } from './stored-keys';

/**
 * The shortest search key that is looked up. Pagefind finds every word that
 * starts with a key, and a key of one letter ("aaaa" and "ss" have one after
 * doubled letters are merged, see phonetic-key.ts) starts a word of nearly
 * every article: such a key finds nothing rather than everything.
 */
export const MIN_KEY_LENGTH = 2;

/** Why a query is not searched: no word in it, or only the most frequent words of the languages. */
export type QueryProblem = 'no-word' | 'common-words';

/** A query as it is searched: cut to length, or why it is not searched at all. */
export interface CheckedQuery {
  query: string;
  problem?: QueryProblem;
}

/**
 * True for a stop word of a site language; not when written in capitals, as an
 * abbreviation is ("UN" is not Spanish "un").
 */
function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  const capitals = word.length > 1 && word === word.toUpperCase() && word !== lower;
  return !capitals && SITE_STOP_WORDS.has(lower);
}

/**
 * Checks what a reader typed before it is searched: a query without a letter
 * or digit (punctuation, emoji) has no word to look up; one of only stop words
 * of the site's languages ("the", "und", "и") would list nearly every article.
 */
export function checkQuery(query: string): CheckedQuery {
  const cut = cutQuery(query);
  const found = words(cut);
  if (found.length === 0) return { query: cut, problem: 'no-word' };
  if (found.every(isStopWord)) {
    return { query: cut, problem: 'common-words' };
  }
  return { query: cut };
}

/** The keys that are looked up: those of MIN_KEY_LENGTH characters or more. */
export function usableKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => key.length >= MIN_KEY_LENGTH);
}

/**
 * True when a query of stop words is still searched: one of its words is, in
 * the table of equivalents, a form of three letters or more in a language
 * whose stop words it is not among ("war" is German for "was", and English
 * for war). Shorter forms are abbreviations and symbols ("la", lanthanum).
 * Not for a phrase of one language's stop words.
 */
export function namesContentWord(query: string, expanded: ExpandedQuery | undefined): boolean {
  // A phrase of one language's function words ("der die das") is that language's,
  // whatever another language makes of one of them (English "die").
  if (!expanded || phraseOfStopWords(words(query).map((word) => word.toLowerCase()))) return false;
  return expanded.expansions.some(({ query, concept }) =>
    Object.entries(concept.forms).some(([lang, forms]) =>
      (forms ?? []).some(
        (form) =>
          form.length >= 3 &&
          foldLikePagefind(form) === foldLikePagefind(query) &&
          !isStopWordIn(form, lang),
      ),
    ),
  );
}
