import type { IndexWords } from './chunk-words';
import { bundleOf, type PageFacts } from './page-languages';
import { words } from './search-key';
import { foldLikePagefind } from './stored-keys';

/** What a Pagefind result tells about a page: its text and metadata. */
export interface ResultText {
  content: string;
  meta: Record<string, string | undefined>;
}

/**
 * True when every query key really occurs in the page (as a search key, or as
 * the start of a word of its text or title).
 *
 * Pagefind falls back, when no indexed word starts with a query term, to the
 * longest indexed word the term starts with: "sankts" then matches the Polish
 * "są", and "санкц" the Russian "с". Every result of such a search matches the
 * fallback word only, so checking one result tells whether the whole result
 * list is genuine or should be shown as "no match". Pagefind searches (and
 * falls back in) each bundle on its own, so that is one result per bundle
 * (`firstOfEachBundle`): per language, or per part of a language split into
 * several bundles (bundle-plan.ts), where one part may have a word and
 * another not.
 */
export function matchesAllKeys(result: ResultText, queryKeys: readonly string[]): boolean {
  const keys = (result.meta.keys ?? '').split(' ');
  // The page's words are folded only if a query key is not among its search keys.
  let text: string[] | undefined;
  const folded = () =>
    (text ??= words(`${result.meta.title ?? ''} ${result.content}`).map(foldLikePagefind));
  return queryKeys.every(
    (query) =>
      keys.some((key) => key.startsWith(query)) || folded().some((word) => word.startsWith(query)),
  );
}

/** The Pagefind bundle of the page `id` by the page table (undefined when the table lacks it). */
export function bundleOfPage(
  pages: ReadonlyMap<string, PageFacts>,
  id: string,
): string | undefined {
  const facts = pages.get(id);
  return facts && bundleOf(facts);
}

/** The first of `results` in each Pagefind bundle (in the order they come), by the page table. */
export function firstOfEachBundle<T extends { id: string }>(
  results: readonly T[],
  pages: ReadonlyMap<string, PageFacts>,
): T[] {
  const firsts = new Map<string | undefined, T>();
  for (const result of results) {
    const bundle = bundleOfPage(pages, result.id);
    if (!firsts.has(bundle)) firsts.set(bundle, result);
  }
  return [...firsts.values()];
}

/**
 * The bundles whose results are all Pagefind's fallback: those whose first
 * result (`firsts`, as `firstOfEachBundle` picks them, with their texts in
 * `texts`, in the same order) lacks one of the query keys.
 */
export function fallbackBundles(
  firsts: readonly { id: string }[],
  texts: readonly ResultText[],
  queryKeys: readonly string[],
  pages: ReadonlyMap<string, PageFacts>,
): Set<string | undefined> {
  return new Set(
    firsts
      .filter((_, i) => !matchesAllKeys(texts[i]!, queryKeys))
      .map((first) => bundleOfPage(pages, first.id)),
  );
}

/** How one search's answer is checked for Pagefind's fallback. */
export interface FallbackCheck<T> {
  /** The bundles the loaded index words show to be fallback: a term no loaded word starts with. */
  dropped: Set<string | undefined>;
  /** The first result of each other bundle, whose text tells (`fallbackBundles`). */
  firsts: T[];
}

/**
 * Decides from the loaded index words (`words`, when the worker reads them)
 * which bundles of one search's `results` answered with the fallback for its
 * `terms`, and leaves the bundles it cannot decide to their first result's text.
 */
export function checkByWords<T extends { id: string }>(
  results: readonly T[],
  terms: readonly string[],
  pages: ReadonlyMap<string, PageFacts>,
  words: IndexWords | undefined,
): FallbackCheck<T> {
  const dropped = new Set<string | undefined>();
  const firsts: T[] = [];
  // Without terms (an entity filter alone) Pagefind lists pages: nothing to fall back to.
  if (terms.length === 0) return { dropped, firsts };
  for (const first of firstOfEachBundle(results, pages)) {
    const bundle = bundleOfPage(pages, first.id);
    if (bundle === undefined || !words?.knows(bundle)) firsts.push(first);
    else if (!terms.every((term) => words.startsAWord(bundle, term))) dropped.add(bundle);
  }
  return { dropped, firsts };
}
