import type { SearchRequest, SearchResponse } from './search-protocol';

/** The page's side of the search worker. */
export interface SearchWorker {
  /** Sends a request; its answer comes to the `receive` given to `startSearchWorker`. */
  post(request: Exclude<SearchRequest, { type: 'warm' }>): void;
  /**
   * Gets Pagefind ready in the worker once the page is idle (the worker starts
   * loading it as it starts): on the search page a search is what comes next,
   * and loading the runtime, the bundles' page tables and our page table
   * (about 230 KB at 10,000 articles) then took most of a first search's time.
   */
  warm(): void;
}

/**
 * Starts the search worker (`search-worker.ts`). `receive` gets its answers;
 * `failed` is called when the worker itself cannot run (its script did not
 * load), which no answer would report, and for every request after that.
 */
export function startSearchWorker(
  receive: (response: SearchResponse) => void,
  failed: () => void,
): SearchWorker {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  // A worker that failed answers nothing: later requests fail at once.
  let broken = false;
  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => receive(event.data));
  worker.addEventListener('error', () => {
    broken = true;
    failed();
  });
  const send = (request: SearchRequest) => (broken ? failed() : worker.postMessage(request));
  return {
    post: send,
    warm() {
      const start = () => send({ type: 'warm' });
      if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 2000 });
      else setTimeout(start, 200);
    },
  };
}
