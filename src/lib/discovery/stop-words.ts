import { createRequire } from 'node:module';
import { foldWord } from '../mentions/name-endings';

/** stopwords-iso ships one JSON object of lists by ISO 639-1 code. */
const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

const cache = new Map<string, Set<string>>();

/** The stop words of a language (stopwords-iso), folded; empty for a language it lacks. */
export function stopWords(lang: string): Set<string> {
  const base = lang.split('-')[0]!.toLowerCase();
  let set = cache.get(base);
  if (!set) {
    set = new Set((lists[base] ?? []).map((word) => foldWord(word, base)));
    cache.set(base, set);
  }
  return set;
}
