import { createHash } from 'node:crypto';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * a page whose key and code are unchanged since the last build is copied from
 * that build instead of rendered again. A key must therefore change whenever
 * anything the page shows changes. Astro hashes the page's code itself; the
 * key covers the content. It is built from whole entries (front matter, and
 * for articles what the Markdown plugins recorded: mentions, and the name of
 * the file holding the HTML and search keys, a hash of them, see
 * astro-patches/renders-beside-store.ts), not from a hand-picked list of
 * fields, so a field a component starts to show later cannot be forgotten
 * here.
 */

/** The least of a content entry a key needs: its id, data and, for Markdown, its render. */
export interface KeyedEntry {
  id: string;
  data: unknown;
  rendered?: unknown;
}

const fingerprints = new WeakMap<object, string>();

/** A hash of everything an entry holds; computed once per entry object in a build. */
export function entryFingerprint(entry: KeyedEntry | undefined): string {
  if (!entry) return '-';
  let value = fingerprints.get(entry);
  if (value === undefined) {
    value = createHash('sha256')
      .update(JSON.stringify([entry.id, entry.data, entry.rendered ?? null]))
      .digest('base64url');
    fingerprints.set(entry, value);
  }
  return value;
}

/** The cache key of a page shown from `entries` (in the order the page uses them). */
export function pageCacheKey(entries: readonly (KeyedEntry | undefined)[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) hash.update(`${entryFingerprint(entry)}\n`);
  return hash.digest('base64url');
}
