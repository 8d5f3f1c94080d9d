import { bundleLanguage } from './bundle-plan';

/**
 * The language facet and the date order of the search page, computed from a
 * table of page languages and dates instead of Pagefind's filter and sort.
 *
 * Why not Pagefind's filter: Pagefind 1.6 counts a filter's values by looking
 * up each page of each value in the list of results, one by one, twice per
 * search (once for the filtered and once for the unfiltered counts). With the
 * language filter loaded, a search for a common name spent several times
 * longer in that count than in the search itself (docs/search-design.md). With this table the facet
 * costs one map lookup per result. The entity filter stays a Pagefind filter:
 * it is only loaded when a reader filters by entity.
 *
 * Why not Pagefind's sort: the index is one Pagefind bundle per article
 * language (see `build-search-index.ts`), and Pagefind sorts each bundle's
 * results on its own, scoring a result by its place in its bundle's order; it
 * then merges the bundles by that score, which interleaves the languages
 * instead of ordering them by date.
 *
 * The table is written next to Pagefind's bundles by the build
 * (`page-languages-file.ts`) and read by the search page.
 */

/** Where the Pagefind bundles go in the built site: `pagefind/<article language>/` (see bundle-plan.ts). */
export const SEARCH_FOLDER = 'pagefind';

/** The table's file name, in the folder of the Pagefind bundles. */
export const PAGE_LANGUAGES_FILE = 'page-languages.json';

/** The sort value of an article without a date: it sorts after every dated one. */
export const UNDATED = '0000';

/** What the search page knows about an indexed page before fetching it. */
export interface PageFacts {
  /** The article's language (which names its Pagefind bundle, see bundle-plan.ts). */
  lang: string;
  /** Its date as an ISO date of its precision (`2023`, `2023-06`, `2023-06-14`), or `UNDATED`. */
  date: string;
  /** Its Pagefind bundle when its language has several (`en.2`); otherwise the language's own. */
  bundle?: string;
}

/** The Pagefind bundle of a page (its language's own unless `bundle` names another). */
export function bundleOf(facts: PageFacts): string {
  return facts.bundle ?? facts.lang;
}

/** `facts` placed in the bundle `name`: its own language's bundle is left unnamed. */
export function inBundle(facts: PageFacts, name: string): PageFacts {
  const { lang, date } = facts;
  return name === lang ? { lang, date } : { lang, date, bundle: name };
}

/**
 * The table as stored: for each Pagefind bundle (named as bundle-plan.ts names
 * them, which gives its language), the ids of its pages (Pagefind's page
 * hashes, which are what a search result's `id` is) in sorted order and their
 * dates in the same order, each list separated by spaces. Sorted ids share
 * prefixes with their neighbours, so the file compresses well.
 *
 * Why by bundle, not by language: Pagefind falls back on its own in each
 * bundle (verify-match.ts), so a search checks the first result of each
 * bundle, and must know a result's bundle before fetching it.
 */
export type PageLanguagesJson = Record<string, { ids: string; dates: string }>;

/**
 * Encodes pages (id and facts) for storage. Ids are unique within a bundle,
 * not across bundles (see `decodePageLanguages`).
 */
export function encodePageLanguages(
  pages: Iterable<readonly [string, PageFacts]>,
): PageLanguagesJson {
  const byBundle = new Map<string, (readonly [string, PageFacts])[]>();
  for (const [id, facts] of pages) {
    const name = bundleOf(facts);
    const entries = byBundle.get(name) ?? [];
    entries.push([id, facts]);
    byBundle.set(name, entries);
  }
  const table: PageLanguagesJson = {};
  for (const name of [...byBundle.keys()].sort()) {
    const entries = byBundle.get(name)!.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    table[name] = {
      ids: entries.map(([id]) => id).join(' '),
      dates: entries.map(([, facts]) => facts.date).join(' '),
    };
  }
  return table;
}

/** The Pagefind bundles (folder names under `pagefind/`) of a table that `decodePageLanguages` accepted, sorted. */
export function searchBundles(json: PageLanguagesJson): string[] {
  return Object.keys(json).sort();
}

/**
 * Decodes a stored table. Throws when `json` is not one, so a broken or
 * missing table shows as a search error instead of wrong counts.
 *
 * A page id is the first seven hex digits of a hash of the page, which
 * Pagefind keeps unique within a bundle only, and its results name no bundle:
 * two pages of different bundles that share an id (a chance of one in 2^28
 * per pair, some 17 pairs among 100,000 articles) are known here by the later
 * bundle's facts.
 */
export function decodePageLanguages(json: unknown): Map<string, PageFacts> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${PAGE_LANGUAGES_FILE}: expected an object of bundle → pages`);
  }
  const pages = new Map<string, PageFacts>();
  for (const [name, value] of Object.entries(json)) {
    const { ids, dates } = (value ?? {}) as Record<string, unknown>;
    const idList = typeof ids === 'string' ? ids.split(' ').filter(Boolean) : undefined;
    const dateList = typeof dates === 'string' ? dates.split(' ').filter(Boolean) : undefined;
    if (!idList || !dateList || idList.length !== dateList.length) {
      throw new Error(`${PAGE_LANGUAGES_FILE}: "${name}" needs as many dates as page ids`);
    }
    const lang = bundleLanguage(name);
    idList.forEach((id, i) => pages.set(id, inBundle({ lang, date: dateList[i]! }, name)));
  }
  return pages;
}

/** What the language facet shows for one search. */
export interface LanguageFacet<T> {
  /** Matches per language, over all matches whatever languages are chosen. */
  counts: Record<string, number>;
  /** The matches in the chosen languages (all of them when none is chosen), in their order. */
  kept: T[];
}

/**
 * Counts `results` by language and keeps those in `chosen`. A result whose
 * page is not in the table (a table older than the index) counts nowhere and
 * is kept only when no language is chosen.
 */
export function languageFacet<T extends { id: string }>(
  results: readonly T[],
  pages: ReadonlyMap<string, PageFacts>,
  chosen: readonly string[],
): LanguageFacet<T> {
  const counts: Record<string, number> = {};
  const kept: T[] = [];
  for (const result of results) {
    const lang = pages.get(result.id)?.lang;
    if (lang !== undefined) counts[lang] = (counts[lang] ?? 0) + 1;
    if (chosen.length === 0 || (lang !== undefined && chosen.includes(lang))) kept.push(result);
  }
  return { counts, kept };
}

/**
 * `results` newest first, as Pagefind's date sort orders one bundle: by the
 * date's text (so `2023-06` comes after the days of June 2023), undated ones
 * (and pages not in the table) last; equal dates keep their order.
 */
export function newestFirst<T extends { id: string }>(
  results: readonly T[],
  pages: ReadonlyMap<string, PageFacts>,
): T[] {
  const date = (result: T) => pages.get(result.id)?.date ?? UNDATED;
  return results
    .map((result) => ({ result, date: date(result) }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
    .map(({ result }) => result);
}
