/**
 * The search page's worker: it runs Pagefind (inside this worker, not in
 * Pagefind's own), looks at all the matches and builds the excerpts of the
 * results shown (`search-session.ts`); the page gets only what it shows
 * (`search-protocol.ts`).
 *
 * Why our own worker: Pagefind's worker hands every match to the page, each
 * with its word positions and a handle the page registers for cleanup. For a
 * name found in most of 10,000 articles that took longer than Pagefind's
 * ranking itself, and it held up the page while the reader typed. Typed into
 * the page alternately with that design, six times each at 10,000 articles,
 * the median times to results went from 392 to 320 ms for a first search and
 * from 139–253 to 118–227 ms for later ones (2026-11-22).
 */
import { loadSearch } from './pagefind-api';
import type { SearchRequest, SearchResponse } from './search-protocol';
import { searchSession } from './search-session';

/** This worker's global scope, as far as it is used (the DOM typings describe a window). */
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchRequest>) => void): void;
  postMessage(message: SearchResponse): void;
};

const session = searchSession(loadSearch);

scope.addEventListener('message', ({ data: request }) => {
  if (request.type === 'warm') {
    // A failure here is reported by the search that needs Pagefind next.
    void loadSearch()
      .then(({ pagefind }) => pagefind.init())
      .catch(() => undefined);
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
