import { buildExcerpt } from '../lib/search/excerpt';
import { expandQuery, type ExpandedQuery } from '../lib/search/expand-query';
import {
  explainMatch,
  groupTerms,
  markKeys,
  mergeResults,
  withoutBundles,
  withoutFallback,
} from '../lib/search/expanded-results';
import { chunksToPreload } from '../lib/search/index-chunks';
import { languageFacet, newestFirst, type PageFacts } from '../lib/search/page-languages';
import { languageSwitches } from '../lib/search/passage-anchors';
import { checkQuery, namesContentWord, usableKeys } from '../lib/search/query-check';
import { queryKeys } from '../lib/search/search-key';
import { checkByWords, type FallbackCheck } from '../lib/search/verify-match';
import { loadEquivalentShard } from './equivalents-api';
import type {
  PagefindApi,
  PagefindResult,
  PagefindResultData,
  SearchBackend,
} from './pagefind-api';
import type { ResultView, SearchRequest, SearchResponse } from './search-protocol';
import { stepClock } from './search-steps';

/** A search request of the page. */
export type SearchQuery = Extract<SearchRequest, { type: 'search' }>;

/** The searches of one page, as the search worker runs them. */
export interface SearchSession {
  /** Runs a search; undefined when a newer one came in before it was done. */
  search(request: SearchQuery): Promise<SearchResponse | undefined>;
  /** The next results of search `id`; undefined when it is no longer the newest. */
  more(id: number, pageSize: number): Promise<SearchResponse | undefined>;
}

/** A result as the page shows it, with its excerpt. */
export function resultView(
  data: PagefindResultData,
  keys: readonly string[],
  expanded?: ExpandedQuery,
): ResultView {
  const lang = data.meta.lang ?? 'und';
  // Words of a passage in another language (the English of a German article)
  // are marked with that language (see passage-anchors.ts).
  const switches = languageSwitches(data.anchors, lang);
  // Found only through equivalents: the result says which of its words matched.
  const via = expanded && explainMatch(data.content, lang, expanded.expansions, switches);
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    lang,
    outlet: data.meta.outlet,
    date: data.meta.date,
    excerpt: buildExcerpt(data.content, markKeys(keys, expanded), lang, { switches }),
    ...(via?.length ? { via } : {}),
  };
}

/**
 * Loads the index chunks of `terms`: Pagefind loads one chunk per term, and
 * the words a term starts may go on into the next chunks, which it would not
 * search (see index-chunks.ts), so those are loaded alongside.
 */
function preloadChunks(
  pagefind: PagefindApi,
  chunkStarts: readonly string[],
  terms: readonly string[],
): Promise<unknown> {
  const extra = terms.flatMap((term) => chunksToPreload(chunkStarts, term));
  return Promise.all([...terms, ...extra].map((word) => pagefind.preload(word)));
}

/** Pagefind's search for `terms` (none: every page the filters keep). */
function searchTerms(
  pagefind: PagefindApi,
  terms: readonly string[],
  filters: Record<string, unknown>,
) {
  return pagefind.search(terms.length ? terms.join(' ') : null, { filters });
}

/**
 * The results of the typed keys' search whose texts a search by relevance
 * will fetch whatever the equivalents add, since the articles with the
 * reader's own word come first (expanded-results.ts): the first of each
 * bundle that the loaded index words cannot decide, which checks that
 * bundle's matches (verify-match.ts), and those that open the page of results.
 */
function typedTextsNeeded<T extends { id: string }>(
  typed: readonly T[],
  { dropped, firsts }: FallbackCheck<T>,
  pages: ReadonlyMap<string, PageFacts>,
  languages: readonly string[],
  pageSize: number,
): T[] {
  const kept = withoutBundles(typed, dropped, pages);
  const shown = languageFacet(kept, pages, languages).kept.slice(0, pageSize);
  return [...new Set([...shown, ...firsts])];
}

/** A result's view, fetched once per result. */
type ViewOf = (result: PagefindResult) => Promise<ResultView>;

/** `fetch` of a result, called once per result however often it is asked for. */
function oncePerResult<T>(fetch: (result: PagefindResult) => Promise<T>) {
  const done = new Map<PagefindResult, Promise<T>>();
  return (result: PagefindResult): Promise<T> => {
    let value = done.get(result);
    if (!value) {
      value = fetch(result);
      done.set(result, value);
      // A failed fetch is tried again when asked for again ("More" after an error).
      value.catch(() => done.delete(result));
    }
    return value;
  };
}

/** The views of results, and which of them came only through an equivalent. */
interface Views {
  view: ViewOf;
  expandedOnly: ReadonlySet<string>;
}

/**
 * Result views that explain a result found only through an equivalent
 * (`expandedOnly`). A view of `before` is kept while its explanation stays the
 * same, so its excerpt is not built twice.
 */
function viewsFor(
  data: (result: PagefindResult) => Promise<PagefindResultData>,
  keys: readonly string[],
  expanded: ExpandedQuery | undefined,
  expandedOnly: ReadonlySet<string>,
  before?: Views,
): Views {
  const view = oncePerResult(async (result: PagefindResult) => {
    const through = expandedOnly.has(result.id);
    if (before && before.expandedOnly.has(result.id) === through) return before.view(result);
    return resultView(await data(result), keys, through ? expanded : undefined);
  });
  return { view, expandedOnly };
}

/**
 * Searches with the backend `load` gives (Pagefind, the page table and the
 * chunk list, see pagefind-api.ts). Only the newest search counts: an older one
 * stops at its next step, so a reader typing fast does not wait for the
 * searches of every letter.
 */
export function searchSession(
  load: () => Promise<SearchBackend>,
  loadShard = loadEquivalentShard,
): SearchSession {
  let latest = 0;
  // The newest search's results not yet shown.
  let pending: { id: number; keys: string[]; results: PagefindResult[]; view: ViewOf } | undefined;

  const search = async (request: SearchQuery): Promise<SearchResponse | undefined> => {
    const { id, pageSize } = request;
    latest = id;
    const clock = stepClock();
    // What cannot be searched is said so (query-check.ts); a key too short to tell words apart finds nothing.
    const query = checkQuery(request.query);
    const noFilter = request.entities.length === 0;
    // The shards of the query words' equivalents load beside Pagefind (see
    // lib/search/expand-query.ts); a query of stop words waits for them, as one
    // of its words may be another language's content word.
    const expansion = query.problem === 'no-word' ? undefined : expandQuery(query.query, loadShard);
    const problem =
      query.problem === 'common-words' && namesContentWord(query.query, await expansion)
        ? undefined
        : query.problem;
    if (id !== latest) return undefined;
    if (problem && noFilter) return { type: 'idle', id, reason: problem };
    const keys = problem ? [] : usableKeys(queryKeys(query.query));
    if (keys.length === 0 && noFilter) {
      return { type: 'results', id, keys, counts: {}, total: 0, results: [], more: false };
    }
    // The language facet and the date order are ours, not a Pagefind filter
    // and sort (see page-languages.ts); the entity filter is Pagefind's.
    const filters = request.entities.length ? { entity: { any: request.entities } } : {};
    // Without words, an entity filter alone lists every article that mentions it,
    // newest first (there is no relevance to rank by).
    const newest = request.order === 'newest' || keys.length === 0;
    const data = oncePerResult((result) => result.data());
    const backend = load();
    // The typed keys are searched as soon as their index chunks are in, while
    // their equivalents' shard and chunks still load, and the texts of the
    // results the page will need from that search are asked for at once: a
    // later search's time is mostly these rounds of requests, one after the other.
    const literal = backend.then(async ({ pagefind, pages, chunkStarts, words }) => {
      if (keys.length) await preloadChunks(pagefind, chunkStarts, keys);
      if (id !== latest) return undefined;
      const found = await searchTerms(pagefind, keys, filters);
      // Checked by the words loaded when Pagefind searched (verify-match.ts).
      const check = checkByWords(found.results, keys, pages, words);
      if (id === latest && !newest) {
        const needed = typedTextsNeeded(found.results, check, pages, request.languages, pageSize);
        for (const result of needed) {
          // A failure is the search's, reported when the text is asked for again below.
          data(result).catch(() => undefined);
        }
      }
      return { found, check };
    });
    // Its failure is the search's, reported where it is awaited below.
    literal.catch(() => undefined);
    const [{ pagefind, pages, chunkStarts, words }, expanded] = await Promise.all([
      backend,
      keys.length ? expansion : undefined,
    ]);
    clock.lap('load');
    // The query as typed and, when its words have equivalents, through them.
    const groups = groupTerms(keys, expanded);
    const others = groups.flat().filter((term) => !keys.includes(term));
    await preloadChunks(pagefind, chunkStarts, others);
    if (id !== latest) return undefined;
    clock.lap('chunks');
    const [typed, throughEquivalents] = await Promise.all([
      literal,
      groups[1] && searchTerms(pagefind, groups[1], filters),
    ]);
    if (id !== latest || !typed) return undefined;
    const { found } = typed;
    clock.lap('search');
    // The articles with the reader's own word first (see expanded-results.ts),
    // in the order asked for, and counted by language.
    const arrange = (typed: readonly PagefindResult[], other?: readonly PagefindResult[]) => {
      const { results, expandedOnly } = mergeResults(typed, other);
      const all = newest ? newestFirst(results, pages) : results;
      return { expandedOnly, facet: languageFacet(all, pages, request.languages) };
    };
    const searches = throughEquivalents
      ? [found.results, throughEquivalents.results]
      : [found.results];
    // Each search's bundles that matched only Pagefind's fallback are left out
    // (verify-match.ts): at once where the loaded index words tell, and where
    // they cannot, by the text of the bundle's first match, fetched with the
    // first page of results.
    const checks = throughEquivalents
      ? [typed.check, checkByWords(throughEquivalents.results, groups[1]!, pages, words)]
      : [typed.check];
    const decided = searches.map((list, s) => withoutBundles(list, checks[s]!.dropped, pages));
    let { expandedOnly, facet } = arrange(decided[0]!, decided[1]);
    // Each excerpt is built as soon as its result's text is in, while the
    // others are still being fetched.
    let views = viewsFor(data, keys, expanded, expandedOnly);
    const [checked] = await Promise.all([
      Promise.all(checks.map(({ firsts }) => Promise.all(firsts.map(data)))),
      Promise.all(facet.kept.slice(0, pageSize).map(views.view)),
    ]);
    if (id !== latest) return undefined;
    const genuine = decided.map((list, s) =>
      withoutFallback(list, checks[s]!.firsts, checked[s]!, groups[s]!, pages),
    );
    if (genuine.some((list, s) => list !== decided[s])) {
      ({ expandedOnly, facet } = arrange(genuine[0]!, genuine[1]));
      // A page left only as an equivalent's match is now explained as one.
      views = viewsFor(data, keys, expanded, expandedOnly, views);
    }
    // The page built above, unless a bundle's matches were dropped from it.
    const first = facet.kept.slice(0, pageSize);
    const shown = await Promise.all(first.map(views.view));
    if (id !== latest) return undefined;
    clock.lap('texts');
    pending = { id, keys, results: facet.kept.slice(first.length), view: views.view };
    return {
      type: 'results',
      id,
      keys,
      counts: facet.counts,
      total: facet.kept.length,
      results: shown,
      more: pending.results.length > 0,
      steps: clock.steps,
    };
  };

  // Pages of results are answered in the order they were asked for, even when
  // a later page's texts come in first (a reader clicking "More" twice).
  let lastPage: Promise<unknown> = Promise.resolve();
  const more = (id: number, pageSize: number): Promise<SearchResponse | undefined> => {
    const page = lastPage.then(() => nextPage(id, pageSize));
    lastPage = page.catch(() => undefined);
    return page;
  };

  const nextPage = async (id: number, pageSize: number): Promise<SearchResponse | undefined> => {
    if (pending?.id !== id || id !== latest) return undefined;
    const { results, view } = pending;
    // Taken off the list only once their texts are in: after a failed fetch,
    // "More" asks for the same results again.
    const batch = results.slice(0, pageSize);
    const views = await Promise.all(batch.map(view));
    if (id !== latest) return undefined;
    results.splice(0, batch.length);
    return {
      type: 'more',
      id,
      results: views,
      more: results.length > 0,
    };
  };

  return { search, more };
}
