import type { PageFacts } from './page-languages';
import { matchesKeys } from './excerpt';
import { markKeysIn, type ExpandedQuery, type Expansion } from './expand-query';
import { wordLanguages, type LanguageSwitch } from './passage-anchors';
import { bundleOfPage, fallbackBundles, type ResultText } from './verify-match';

/**
 * How the results of a query with equivalents (see expand-query.ts) are put
 * together: the query is searched as typed and through its concepts' codes,
 * and the articles that contain the reader's own word come first, then those
 * found only through an equivalent (each in Pagefind's order).
 */

/** The results of both searches, the reader's word first, and which came only through a concept. */
export function mergeResults<T extends { id: string }>(
  literal: readonly T[],
  expanded: readonly T[] | undefined,
): { results: T[]; expandedOnly: Set<string> } {
  const seen = new Set(literal.map((r) => r.id));
  const extra = (expanded ?? []).filter((r) => !seen.has(r.id));
  return { results: [...literal, ...extra], expandedOnly: new Set(extra.map((r) => r.id)) };
}

/** The terms each group of results was searched with: the typed keys, the expanded terms. */
export function groupTerms(keys: readonly string[], expanded: ExpandedQuery | undefined) {
  return expanded ? [keys, expanded.terms] : [keys];
}

/** `results` without those in the `dropped` bundles. */
export function withoutBundles<T extends { id: string }>(
  results: readonly T[],
  dropped: ReadonlySet<string | undefined>,
  pages: ReadonlyMap<string, PageFacts>,
): readonly T[] {
  if (dropped.size === 0) return results;
  return results.filter((r) => !dropped.has(bundleOfPage(pages, r.id)));
}

/**
 * The results of one Pagefind search (as typed, or through equivalents)
 * without the bundles whose first result (`firsts`, with their `texts`) lacks
 * one of the search's `terms`: Pagefind's fallback (see verify-match.ts).
 * Each search is checked on its own: a page the typed word matched only
 * through the fallback may still be a genuine match of an equivalent.
 */
export function withoutFallback<T extends { id: string }>(
  results: readonly T[],
  firsts: readonly T[],
  texts: readonly ResultText[],
  terms: readonly string[],
  pages: ReadonlyMap<string, PageFacts>,
): readonly T[] {
  return withoutBundles(results, fallbackBundles(firsts, texts, terms, pages), pages);
}

/**
 * The keys that mark a matched word of a text in `lang` in an excerpt: the
 * typed keys and the concepts' forms of that language (`markKeysIn`).
 */
export function markKeys(
  keys: readonly string[],
  expanded: ExpandedQuery | undefined,
): (lang: string) => string[] {
  return (lang) => [
    ...new Set([...keys, ...(expanded?.expansions.flatMap((e) => markKeysIn(e, lang)) ?? [])]),
  ];
}

/** How a result found only through equivalents matched: a word of its text for the query's words. */
export interface MatchedVia {
  /** The word of the article, as written ("Moskau"). */
  found: string;
  /** Its language (the article's, or its passage's). */
  lang: string;
  /** The reader's words it stands for ("Moscow"). */
  query: string;
}

/**
 * For each expansion, the first word of the result's text that is one of its
 * forms, read in the language it stands in (`switches`): one of that
 * language's forms, or failing any, one of another language's (a Polish text
 * quoting the English name).
 */
export function explainMatch(
  content: string,
  lang: string,
  expansions: readonly Expansion[],
  switches: readonly LanguageSwitch[] = [{ from: 0, lang }],
): MatchedVia[] {
  const tokens = content.split(/\s+/).filter(Boolean);
  const languages = wordLanguages(switches, tokens.length);
  const firstWord = (keysIn: (lang: string) => readonly string[]) => {
    for (let w = 0; w < tokens.length; w++) {
      const wordLang = languages[w]!;
      const word = tokens[w]!.match(/[\p{L}\p{N}]+/gu)?.find((part) =>
        matchesKeys(part, wordLang, keysIn(wordLang)),
      );
      if (word) return { found: word, lang: wordLang };
    }
    return undefined;
  };
  return expansions.flatMap((expansion) => {
    const found =
      firstWord((wordLang) => markKeysIn(expansion, wordLang)) ??
      firstWord(() => expansion.markKeys.any);
    return found ? [{ ...found, query: expansion.query }] : [];
  });
}
