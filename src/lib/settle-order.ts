/**
 * The keys of `promises` in the order their promises settle: the i-th promise
 * returned resolves with the key of the i-th to resolve, or rejects with the
 * reason of the i-th to settle if that one rejected. The search index uses it
 * to index each language as soon as Astro has written its pages, whichever
 * comes first (see lib/search/build-search-index.ts). Kept free of
 * extensionless imports, like run-pooled.ts.
 */
export function settleOrder<K>(promises: ReadonlyMap<K, Promise<unknown>>): Promise<K>[] {
  const turns = [...promises.keys()].map(() => Promise.withResolvers<K>());
  let next = 0;
  for (const [key, promise] of promises) {
    promise.then(
      () => turns[next++]!.resolve(key),
      (reason: unknown) => turns[next++]!.reject(reason),
    );
  }
  return turns.map(({ promise }) => promise);
}
