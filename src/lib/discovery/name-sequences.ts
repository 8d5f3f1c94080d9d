import { foldWord } from '../mentions/name-endings';
import type { CorpusArticle } from './corpus';
import { givenNameKeys, nameKey, regionNames, regionOfWord } from './type-evidence';
import { wordTokens } from './name-tokens';
import type { WordStats } from './word-stats';

/** A capitalised sequence found in an article: a candidate name as written. */
export interface NameOccurrence {
  article: string;
  lang: string;
  words: string[];
}

/** The longest name taken as one sequence; longer runs of capitals are headline or list text. */
const MAX_WORDS = 5;

/**
 * Every capitalised sequence of an article that may be a name: words joined by
 * spaces only, each capitalised and not an ordinary word by the corpus
 * (`WordStats.ordinary`), so "President", "Die" or "June" end or split a
 * sequence rather than joining a name. Runs longer than `MAX_WORDS` are left out.
 */
export function nameOccurrences(article: CorpusArticle, stats: WordStats): NameOccurrence[] {
  const found: NameOccurrence[] = [];
  for (const run of article.runs) {
    const lang = run.lang.split('-')[0]!;
    let words: string[] = [];
    const close = () => {
      if (words.length <= MAX_WORDS)
        for (const part of splitNames(words, lang))
          found.push({ article: article.id, lang, words: part });
      words = [];
    };
    for (const token of wordTokens(run.text)) {
      const name = token.capital && token.word.length >= 2 && !stats.ordinary(token, lang);
      if (!name || !token.joined) close();
      if (name) words.push(token.word);
    }
    close();
  }
  return found;
}

/**
 * Splits a sequence that runs two names together: a country or region (by
 * CLDR) stands alone unless it is the whole sequence: "Украину Казахстан" is
 * two names, "Reino Unido" one.
 */
export function splitNames(words: readonly string[], lang: string): string[][] {
  words = withoutTitle(words);
  if (words.length < 2 || regionNames(lang).has(foldWord(words.join(' '), lang)))
    return words.length ? [[...words]] : [];
  const parts: string[][] = [];
  let part: string[] = [];
  for (const word of words) {
    if (regionOfWord(word, lang)) {
      parts.push(part, [word]);
      part = [];
    } else part.push(word);
  }
  parts.push(part);
  return parts.filter((p) => p.length > 0);
}

/**
 * A name without the title before it: the words before a given name that is
 * followed by a surname ("Prime Minister Donald Tusk" is Donald Tusk; the
 * title marks a person, as the given name does).
 */
function withoutTitle(words: readonly string[]): readonly string[] {
  const given = givenNameKeys();
  const first = words.findIndex(
    (word, i) => i < words.length - 1 && given.has(nameKey(word.split('-')[0]!)),
  );
  return first > 0 ? words.slice(first) : words;
}
