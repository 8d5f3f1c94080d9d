/**
 * Which Pagefind bundle each article page goes into: one bundle per article
 * language, or, for a language whose pages are too large for one Pagefind
 * process, several (`<lang>.1`, `<lang>.2`, …).
 *
 * Why split: Pagefind holds a bundle's whole index in memory until it writes
 * it, about 25–29 bytes per byte of article page (`PAGEFIND_MEMORY_PER_PAGE_BYTE`
 * in build-search-index.ts); at 100,000 articles one language's bundle
 * took 11.1 GB, and beside Astro's page step the build's peak went over the
 * 12 GB budget (docs/performance.md). The search page merges any number of
 * bundles (`mergeIndex`), at the cost of one index chunk per bundle and query
 * (more files per search: docs/performance.md measures what 12 bundles instead
 * of 5 cost), so a language is split only when it must be.
 *
 * A page's part is a hash of its path, not its place in a sorted list: adding
 * or editing an article changes one part only, so a rebuild indexes that part
 * again and keeps the others (until the language's part count changes).
 *
 * Kept free of Astro, like `build-search-index.ts`.
 */

/**
 * The most article-page bytes one bundle takes: about 6 GB of Pagefind's
 * memory at 30 bytes per byte, so that one bundle indexes beside Astro's page
 * step (4.8 GB at 100,000 articles) within 12 GB.
 */
export const MAX_BUNDLE_PAGE_BYTES = 200_000_000;

/** One Pagefind bundle to build. */
export interface BundlePlan {
  /** Its folder under `pagefind/`: the language, or `<lang>.<part>` (from 1). */
  name: string;
  lang: string;
  /** Which of the language's parts it is (from 0). */
  part: number;
  /** How many bundles the language is split into (1: not split). */
  parts: number;
  /** Its article pages, paths relative to the site, sorted. */
  files: string[];
  /** Their size in bytes. */
  bytes: number;
}

/** FNV-1a of `text`: a small stable hash, the same on every machine and Node version. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The part (from 0) of `parts` that the page at `file` belongs to; the path is
 * hashed with `/` between its folders, so a page has one part on every system.
 */
export function pagePart(file: string, parts: number): number {
  return parts <= 1 ? 0 : fnv1a(file.replaceAll('\\', '/')) % parts;
}

/** The folder name of part `part` (from 0) of `parts` of `lang`'s bundles. */
export function bundleName(lang: string, part: number, parts: number): string {
  return parts <= 1 ? lang : `${lang}.${part + 1}`;
}

/** The article language of the bundle `bundleName` named `name` (`en` of `en.2`). */
export function bundleLanguage(name: string): string {
  const dot = name.indexOf('.');
  return dot === -1 ? name : name.slice(0, dot);
}

/**
 * The bundles for `pages` (language → its article pages, as `articlePages`
 * lists them), with `bytesOf` giving a page's size: each language in as few
 * parts as keep every part within `maxBytes` (as far as the hash spreads them
 * evenly; a part is not re-balanced, so that pages keep their part).
 */
export function planBundles(
  pages: ReadonlyMap<string, readonly string[]>,
  bytesOf: (file: string) => number,
  maxBytes = MAX_BUNDLE_PAGE_BYTES,
): BundlePlan[] {
  const plans: BundlePlan[] = [];
  for (const [lang, files] of pages) {
    const sizes = files.map(bytesOf);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const parts = Math.max(1, Math.ceil(total / maxBytes));
    const split = Array.from({ length: parts }, (_, part) => ({
      name: bundleName(lang, part, parts),
      lang,
      part,
      parts,
      files: [] as string[],
      bytes: 0,
    }));
    files.forEach((file, i) => {
      const plan = split[pagePart(file, parts)]!;
      plan.files.push(file);
      plan.bytes += sizes[i]!;
    });
    plans.push(...split.filter((plan) => plan.files.length > 0));
  }
  return plans;
}
