import { foldWord } from '../mentions/name-endings';
import { stopWordsOf } from '../text/stop-words';

const cache = new Map<string, Set<string>>();

/**
 * The stop words of a language, folded as discovery compares words; empty for
 * a language without a list. The `stopword` package's lists, as the content
 * checks and the search use: larger lists such as stopwords-iso's count
 * "москва", "россия" and "война" as stop words, which would hide those names
 * from discovery.
 */
export function stopWords(lang: string): Set<string> {
  const base = lang.split('-')[0]!.toLowerCase();
  let set = cache.get(base);
  if (!set) {
    set = new Set([...(stopWordsOf(base) ?? [])].map((word) => foldWord(word, base)));
    cache.set(base, set);
  }
  return set;
}
