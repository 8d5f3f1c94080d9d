/**
 * The search page's worker: it runs Pagefind (inside this worker, not in
 * Pagefind's own), looks at all the matches and builds the excerpts of the
 * results shown (`search-session.ts`); the page gets only what it shows
 * (`search-protocol.ts`).
 *
 * Why our own worker: Pagefind's worker hands every match to the page, each
 * with its word positions and a handle the page registers for cleanup. For a
 * name found in most of 10,000 articles that took longer than Pagefind's
 * ranking itself, and it held up the page while the reader typed; typed into
 * the page alternately with that design, searches showed results sooner
 * (docs/performance.md).
 */
// First, so that it runs before the modules below are evaluated.
import './search-worker-start';
import { queryKeys } from '../lib/search/search-key';
import { loadSearch } from './pagefind-api';
import type { SearchRequest, SearchResponse } from './search-protocol';
import { searchSession } from './search-session';

/** This worker's global scope, as far as it is used (the DOM typings describe a window). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
  postMessage(message: SearchResponse): void;
};

const session = searchSession(loadSearch);

/**
 * A term with no word in it: Pagefind splits it into characters with
 * `Intl.Segmenter`, drops the punctuation, and stops with nothing to look up,
 * before it loads any index chunk (a browser test checks that none is loaded).
 */
const NO_WORDS = '-';

/**
 * Does what only a first search would otherwise do, while the reader has not
 * typed yet: waits for Pagefind to load (runtime, WebAssembly, the bundles'
 * page tables and ours, started by search-worker-start.ts), initialises it,
 * lets it build its first `Intl.Segmenter` (the first one in a worker
 * loads the ICU break rules, a noticeable part of a first search's index
 * loading) and runs our key functions once (stemmers, transliteration
 * tables), so that a first search does less (docs/performance.md).
 */
async function warm(): Promise<void> {
  const { pagefind } = await loadSearch();
  await pagefind.init();
  await pagefind.preload(NO_WORDS);
  // A Latin word and a Cyrillic one: every stemmer a query can meet runs once.
  queryKeys('Warm Прогрев');
}

scope.addEventListener('message', ({ data: request }) => {
  if (request.type === 'warm') {
    // A failure here is reported by the search that needs Pagefind next.
    void warm().catch(() => undefined);
    return;
  }
  const { id } = request;
  const answer =
    request.type === 'search' ? session.search(request) : session.more(id, request.pageSize);
  answer.then(
    (response) => response && scope.postMessage(response),
    (error: unknown) => {
      console.error(error);
      scope.postMessage({ type: 'error', id, message: String(error) });
    },
  );
});
