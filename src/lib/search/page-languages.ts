/**
 * The language facet of the search page, computed from a table of page
 * languages instead of a Pagefind filter.
 *
 * Why not Pagefind's filter: Pagefind 1.6 counts a filter's values by looking
 * up each page of each value in the list of results, one by one, twice per
 * search (once for the filtered and once for the unfiltered counts). With the
 * language filter loaded, a search for a name in 3,000 of 10,000 articles
 * spent 50–70 ms in that count alone, three times the search itself (measured
 * in headless Chromium on the benchmark corpus). With this table the facet
 * costs one map lookup per result. The entity filter stays a Pagefind filter:
 * it is only loaded when a reader filters by entity.
 *
 * The table is written next to Pagefind's bundle by the build
 * (`page-languages-file.ts`) and read by the search page.
 */

/** The table's file name, inside the Pagefind bundle folder. */
export const PAGE_LANGUAGES_FILE = 'page-languages.json';

/**
 * The table as stored: for each language, the ids of its pages (Pagefind's
 * page hashes, which are what a search result's `id` is) in sorted order,
 * separated by spaces. Sorted ids share prefixes with their neighbours, so the
 * file compresses well (about 45 KB gzipped at 10,000 articles).
 */
export type PageLanguagesJson = Record<string, string>;

/** Encodes a page id → language table for storage. */
export function encodePageLanguages(languages: ReadonlyMap<string, string>): PageLanguagesJson {
  const byLanguage = new Map<string, string[]>();
  for (const [id, lang] of languages) {
    const ids = byLanguage.get(lang) ?? [];
    ids.push(id);
    byLanguage.set(lang, ids);
  }
  const table: PageLanguagesJson = {};
  for (const lang of [...byLanguage.keys()].sort())
    table[lang] = byLanguage.get(lang)!.sort().join(' ');
  return table;
}

/**
 * Decodes a stored table. Throws when `json` is not one, so a broken or
 * missing table shows as a search error instead of wrong counts.
 */
export function decodePageLanguages(json: unknown): Map<string, string> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new Error(`${PAGE_LANGUAGES_FILE}: expected an object of language → page ids`);
  }
  const languages = new Map<string, string>();
  for (const [lang, ids] of Object.entries(json)) {
    if (typeof ids !== 'string') {
      throw new Error(`${PAGE_LANGUAGES_FILE}: the page ids of "${lang}" are not a string`);
    }
    for (const id of ids.split(' ')) if (id) languages.set(id, lang);
  }
  return languages;
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
  languages: ReadonlyMap<string, string>,
  chosen: readonly string[],
): LanguageFacet<T> {
  const counts: Record<string, number> = {};
  const kept: T[] = [];
  for (const result of results) {
    const lang = languages.get(result.id);
    if (lang !== undefined) counts[lang] = (counts[lang] ?? 0) + 1;
    if (chosen.length === 0 || (lang !== undefined && chosen.includes(lang))) kept.push(result);
  }
  return { counts, kept };
}
