/**
 * The part of Pagefind's browser API this site uses (pagefind.js is generated
 * by the build, so TypeScript cannot see its own types at compile time).
 */
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  totalFilters: Record<string, Record<string, number>>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the runtime, the WASM module and the page table before the first search. */
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** A `null` term lists every page the filters let through. */
  search(
    term: string | null,
    options?: {
      filters?: Record<string, unknown>;
      /** Sort by a `data-pagefind-sort` value instead of relevance. */
      sort?: Record<string, 'asc' | 'desc'>;
    },
  ): Promise<PagefindSearch>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Loads Pagefind once, on first use: a reader who never searches downloads
 * none of it. The index ranks metadata matches; `keys` is where our search keys
 * live, and the title keeps Pagefind's default boost.
 */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pagefind.options({ ranking: { metaWeights: { title: 5, keys: 1 } } });
    // No `pagefind.filters()` here: it downloads every filter, and the entity
    // filter alone is ~200 KB at 10,000 articles. Each search asks for the
    // filters it uses, which is all the language counts need.
    return pagefind;
  })();
  return loading;
}

/**
 * Gets Pagefind ready while the reader is still typing: on the search page a
 * search is what comes next, and loading the runtime and page table (about
 * 190 KB at 10,000 articles) then took most of a first search's time. Pages
 * other than the search page load nothing.
 */
export function preloadPagefind(): void {
  const start = () => void loadPagefind().then((pagefind) => pagefind.init());
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 200);
}
