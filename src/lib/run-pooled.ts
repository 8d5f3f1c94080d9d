/**
 * A small task pool whose width can grow while it runs: the search index
 * indexes one bundle at a time while Astro still renders pages, then as many
 * as there are cores (see lib/search/build-search-index.ts). Kept free of
 * Astro, like build-search-index.ts, which scripts/build.mjs runs with plain
 * Node.
 */

/**
 * Runs `tasks` one at a time until `widen` settles, then up to `limit` at a
 * time; rejects with the first failure and starts nothing after it.
 */
export function runPooled(
  tasks: (() => Promise<void>)[],
  limit: number,
  widen: Promise<unknown> = Promise.resolve(),
): Promise<void> {
  const queue = [...tasks];
  let width = 1;
  let active = 0;
  return new Promise((resolve, reject) => {
    let failed = false;
    const pump = () => {
      if (failed) return;
      if (queue.length === 0 && active === 0) return resolve();
      while (active < width && queue.length > 0) {
        active += 1;
        queue.shift()!().then(
          () => {
            active -= 1;
            pump();
          },
          (error: unknown) => {
            failed = true;
            reject(error);
          },
        );
      }
    };
    const open = () => {
      width = limit;
      pump();
    };
    widen.then(open, open);
    pump();
  });
}
