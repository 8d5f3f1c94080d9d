/**
 * A static build renders tens of thousands of pages in one process, and many of
 * them ask the same question again: the translator of a UI language, a date
 * formatter, the blocks of an article shown on ten compare pages. Creating an
 * `Intl` formatter or re-parsing an article's HTML each time was a large share
 * of the build's page-rendering time (profiled at 1,000 and 10,000 articles).
 * The answers depend only on their arguments, so they are kept for the life of
 * the process.
 */

/**
 * Wraps a one-argument function whose result depends only on that argument
 * (a string or number key) so that each result is computed once.
 */
export function memoize<K extends string | number, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    // One lookup in the common case: this runs for every word of every article.
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
