import type { IndexWords } from '../lib/search/chunk-words';
import { decodeIndexChunks, INDEX_CHUNKS_FILE } from '../lib/search/index-chunks';
import type { PagefindAnchor } from '../lib/search/passage-anchors';
import {
  decodePageLanguages,
  PAGE_LANGUAGES_FILE,
  SEARCH_FOLDER,
  searchBundles,
  type PageFacts,
  type PageLanguagesJson,
} from '../lib/search/page-languages';
import { BASE_PATH, withBase } from '../lib/urls';
import { loadedWords } from './loaded-words';

/**
 * The part of Pagefind's browser API this site uses (pagefind.js is generated
 * by the build, so TypeScript cannot see its own types at compile time).
 */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  /** The elements with an id in the indexed text, with their word positions. */
  anchors?: PagefindAnchor[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Adds another bundle (its folder's URL) to every search. */
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
  /** Loads the runtime, the WASM module and the page table before the first search. */
  init(): Promise<void>;
  /** Loads the index chunks `term` falls into, without searching. */
  preload(term: string): Promise<void>;
  /** A `null` term lists every page the filters let through. */
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<PagefindSearch>;
}

/** Pagefind with every bundle, the table of page languages and dates, and the chunk list. */
export interface SearchBackend {
  pagefind: PagefindApi;
  /** Page id → language and date (see lib/search/page-languages.ts). */
  pages: ReadonlyMap<string, PageFacts>;
  /** The first word of every index chunk, sorted (see lib/search/index-chunks.ts). */
  chunkStarts: readonly string[];
  /** The words of the index chunks loaded so far, when the worker reads them (loaded-words.ts). */
  words?: IndexWords;
}

const BUNDLE = withBase(`${SEARCH_FOLDER}/`);

let loading: Promise<SearchBackend> | undefined;

/** A JSON file the build wrote beside the bundle; a failure is a search error. */
async function loadBesideBundle(file: string): Promise<unknown> {
  const response = await fetch(`${BUNDLE}${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

/** How results are ranked: metadata matches count; `keys` is where our search keys live, and the title keeps Pagefind's default boost. */
const RANKING = { metaWeights: { title: 5, keys: 1 } };

/**
 * Loads Pagefind with the bundles of every article language (one per language,
 * or several for a large one: see lib/search/bundle-plan.ts), the page table
 * and the chunk list once, as the search worker starts: a reader who never
 * opens the search page downloads none of it. It runs in the search worker
 * (`search-worker.ts`), where Pagefind finds no window and so searches in
 * that worker rather than starting its own. The bundles are named in the page
 * table; the first bundle provides Pagefind's runtime and WebAssembly, which
 * the others share (`mergeIndex`).
 */
export function loadSearch(): Promise<SearchBackend> {
  if (loading) return loading;
  loading = (async () => {
    const [table, chunkStarts] = await Promise.all([
      loadBesideBundle(PAGE_LANGUAGES_FILE),
      loadBesideBundle(INDEX_CHUNKS_FILE).then(decodeIndexChunks),
    ]);
    const pages = decodePageLanguages(table); // throws unless `table` is one
    const [first, ...others] = searchBundles(table as PageLanguagesJson);
    if (!first) throw new Error(`${PAGE_LANGUAGES_FILE}: no pages`);
    const basePath = `${BUNDLE}${first}/`;
    const pagefind = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as PagefindApi;
    // Pagefind would take the bundle's full URL from its own script's, and
    // result URLs would then carry the origin (`http://…/en/articles/…`). The
    // indexed URLs start at the output folder: `baseUrl` puts the base path
    // in front of them (`/news/en/articles/…`).
    const options = { ranking: RANKING, baseUrl: BASE_PATH };
    await pagefind.options({ ...options, basePath });
    await Promise.all(others.map((name) => pagefind.mergeIndex(`${BUNDLE}${name}/`, options)));
    // No `pagefind.filters()` here: it downloads every filter, and the entity
    // filter alone is ~200 KB at 10,000 articles. A search asks for the entity
    // filter only when the reader filters by entity.
    return { pagefind, pages, chunkStarts, words: loadedWords };
  })();
  // A failed load (say, the network dropped) is tried again by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
