/**
 * The time each step of a search took in the search worker, in milliseconds,
 * sent with its answer. The page puts them on the results element
 * (`data-steps`), where the benchmark (`scripts/bench/measure-search.mjs`)
 * reads them to show where a search's time goes: loading Pagefind, loading
 * the query's index chunks, Pagefind's search, and fetching and excerpting
 * the shown results' texts.
 */
export type SearchSteps = Record<string, number>;

/** A stopwatch whose `lap(step)` records the time since the previous lap. */
export function stepClock(now: () => number = () => performance.now()) {
  const steps: SearchSteps = {};
  let last = now();
  return {
    lap(step: string): void {
      const time = now();
      steps[step] = Math.round((steps[step] ?? 0) + time - last);
      last = time;
    },
    steps,
  };
}
