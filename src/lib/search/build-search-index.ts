import { availableParallelism, totalmem } from 'node:os';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { articleGlob, articlePages, samePages } from './article-pages';
import { splitFrequentWords } from './frequent-word-chunks';
import { writeIndexChunks } from './index-chunks-file';
import { writePageLanguages } from './page-languages-file';
import { SEARCH_FOLDER } from './page-languages';
import { pagefindVersion, runPagefind } from './pagefind-cli';
import { runPooled } from '../run-pooled';
import { place, pruneBundle, reuseBundle, seedBundle } from './search-bundle-files';
import { planBundles, pagePart, type BundlePlan } from './bundle-plan';

/**
 * The language Pagefind indexes every page under. Pagefind stems per index
 * language, which would stem our search keys (already stemmed, transliterated
 * and folded, see docs/search-design.md) a second time; a language it has no
 * stemmer for turns its stemming off.
 */
export const SEARCH_INDEX_LANGUAGE = 'zxx';

/**
 * Allocator settings for Pagefind's indexer, which allocates with jemalloc: by
 * default jemalloc keeps freed memory for 10 s before giving it back, and while
 * Pagefind writes the index it frees the parsed pages as it builds the word
 * lists, so the kept memory added to its peak (about 400 MB of 4.4 GB at 10,000
 * articles in one bundle, measured with `npm run bench`). Returning it at once
 * costs no measurable time.
 */
const PAGEFIND_ALLOCATOR = 'dirty_decay_ms:0,muzzy_decay_ms:0';

/**
 * Pagefind's own size of an index chunk, in word locations, meant for one
 * bundle of every page.
 */
const PAGEFIND_INDEX_CHUNK_SIZE = 20_000;

/**
 * The chunk size for one of `bundles` bundles: Pagefind's divided among them.
 * A query loads, in every bundle, the chunk its key falls into; with
 * Pagefind's size in each of five bundles, a first search at 10,000 articles
 * fetched 200–226 KB instead of 98 KB with one bundle, and with a fifth of it
 * 102–104 KB. Pagefind reads the size from an environment variable it calls
 * unstable; if that goes away, searches fetch more, not less.
 */
export function indexChunkSize(bundles: number): number {
  return Math.round(PAGEFIND_INDEX_CHUNK_SIZE / Math.max(1, bundles));
}

/** What indexing did. */
export interface SearchIndexReport {
  /** Article pages in the index (one fragment each). */
  pageCount: number;
  /** Article pages Pagefind read: those of the bundles whose pages changed. */
  pagesRead: number;
  /** Bundles taken over from the last build, their pages unchanged (see bundle-plan.ts for their names). */
  reusedBundles: string[];
  /** Files of the last build's bundles that were reused (see search-bundle-files.ts). */
  reused: number;
  /** Of those, the ones that turned out to be out of date and were deleted. */
  dropped: number;
  /** Wall time of indexing, in milliseconds. */
  milliseconds: number;
  /** Set when fewer bundles were indexed at a time than there are cores, for memory: how many. */
  jobsForMemory?: number;
}

/** A file in each bundle saying what made it, so that only a bundle made the same way is reused. */
const STAMP_FILE = 'built-with.json';

/** The bundle's stamp as written, or undefined when there is none. */
function readStamp(bundle: string): string | undefined {
  const file = join(bundle, STAMP_FILE);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** How `buildSearchIndex` may run. */
export interface SearchIndexOptions {
  /**
   * Index one bundle at a time, on one thread, until this settles, then as
   * many as there are cores: while the Astro build still renders pages on one
   * core (see scripts/build.mjs), one Pagefind at a time uses the other.
   */
  oneAtATimeUntil?: Promise<unknown>;
  /** Stops Pagefind and rejects. */
  signal?: AbortSignal;
  /** At most this many Pagefind processes at a time (default: as many as fit, see `fittingJobs`). */
  jobs?: number;
  /** The most article-page bytes of one bundle (default `MAX_BUNDLE_PAGE_BYTES`, see bundle-plan.ts). */
  bundleBytes?: number;
}

/** Sets how many bundles Pagefind indexes at a time (`jobs`); default: as many as fit. */
export const INDEX_JOBS_ENV = 'SEARCH_INDEX_JOBS';

/**
 * Pagefind's memory per byte of the article pages of the bundle it builds: it
 * holds a bundle's whole index until it writes it, and the index grows with
 * the text, so longer articles need more. Measured on the benchmark's
 * realistic corpus (docs/performance.md): 29 at 10,000 articles (1.4 GB for
 * 48 MB of pages), about 25 for a whole language at 100,000 (11.1 GB for
 * about 450 MB) and 29 for a part of one (5.2 GB for 181 MB); taken a little
 * above them.
 */
export const PAGEFIND_MEMORY_PER_PAGE_BYTE = 30;

/** The part of the machine's memory the Pagefind processes may use together; Astro and the system keep the rest. */
const PAGEFIND_MEMORY_SHARE = 0.75;

/**
 * How many bundles Pagefind can index at once, at most one per core:
 * as many bundles of the largest bundle's `largestBytes` of article pages
 * as fit in the Pagefind share of `memory`, and always one (a build that
 * needs more than the machine has fails as it would anyway).
 */
export function fittingJobs(
  largestBytes: number,
  memory = totalmem(),
  cores = availableParallelism(),
): number {
  const fit = Math.floor(
    (memory * PAGEFIND_MEMORY_SHARE) / (largestBytes * PAGEFIND_MEMORY_PER_PAGE_BYTE),
  );
  return Math.max(1, Math.min(cores, fit));
}

/**
 * The number of Pagefind processes `SEARCH_INDEX_JOBS` allows at a time;
 * undefined when unset (then `fittingJobs` decides).
 */
export function indexJobsFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (!/^[1-9]\d*$/.test(value)) {
    throw new Error(
      `${INDEX_JOBS_ENV}: expected a whole number of Pagefind processes at a time (at least 1), got "${value}".`,
    );
  }
  return Number(value);
}

/**
 * A folder in `siteDir`'s search folder holding links to its pages `files` (or
 * copies, where the file system cannot link) at the same paths, so that
 * Pagefind indexes only those, under the same URLs. The caller removes it
 * (one left by a stopped build goes with the staging folder, which
 * scripts/build.mjs empties before it builds).
 */
function linkedPages(siteDir: string, files: readonly string[]): string {
  mkdirSync(join(siteDir, SEARCH_FOLDER), { recursive: true });
  const site = mkdtempSync(join(siteDir, SEARCH_FOLDER, '.part-'));
  for (const file of files) {
    mkdirSync(dirname(join(site, file)), { recursive: true });
    place(join(siteDir, file), join(site, file));
  }
  return site;
}

/**
 * Indexes the built article pages of `siteDir` with Pagefind (its CLI, see
 * `pagefind-cli.ts`): one bundle per article language in
 * `<siteDir>/pagefind/<lang>/` (or several, `<lang>.1/`…, for a language too
 * large for one Pagefind process: see bundle-plan.ts), which the search page searches together
 * (Pagefind's `mergeIndex`). Only the elements marked `data-pagefind-body`
 * (article text) are indexed, with the title, metadata and entity filter the
 * pages declare. The table of page languages and dates
 * (`page-languages.ts`) and the first words of the index chunks
 * (`index-chunks.ts`) are written to `<siteDir>/pagefind/`. Throws, naming what
 * failed, when there is nothing to index or Pagefind reports an error.
 *
 * Why one bundle per language rather than one for all: indexing takes less
 * time and memory per page in smaller bundles (figures in
 * docs/performance.md), so Pagefind can run beside Astro's page step within the memory
 * budget (see scripts/build.mjs), and a rebuild indexes again only the
 * bundles whose pages changed. Searching is about as fast: Pagefind ranks
 * each bundle's matches faster (its ranking compares every match with every
 * other), but loads and answers from five bundles.
 * Every bundle uses the same language (`SEARCH_INDEX_LANGUAGE`), so the
 * browser loads Pagefind's WebAssembly once.
 *
 * Kept free of Astro so that `scripts/build.mjs` can run it with plain Node
 * beside the Astro build process.
 *
 * `previousSite`, the last published build, lends its bundles: a bundle whose
 * article pages have not changed is kept, and the others keep their
 * unchanged files, which Pagefind then does not write again.
 */
export async function buildSearchIndex(
  siteDir: string,
  previousSite?: string,
  { oneAtATimeUntil, signal, jobs, bundleBytes }: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
  const started = performance.now();
  const pages = articlePages(siteDir);
  if (pages.size === 0) {
    throw new Error(
      `No article pages to index in ${siteDir} (expected <lang>/articles/<slug>/index.html).`,
    );
  }
  const folder = join(siteDir, SEARCH_FOLDER);
  const previousFolder = previousSite && join(previousSite, SEARCH_FOLDER);
  const previousPages = previousSite ? articlePages(previousSite) : new Map<string, string[]>();
  const plans = planBundles(pages, (file) => statSync(join(siteDir, file)).size, bundleBytes);
  // Read by Pagefind's processes, started below; a setting made by hand wins.
  const env = {
    _RJEM_MALLOC_CONF: process.env._RJEM_MALLOC_CONF ?? PAGEFIND_ALLOCATOR,
    PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE:
      process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? String(indexChunkSize(plans.length)),
  };
  // What makes a bundle besides its pages: the same pages, stamped alike, give the same bundle.
  // Without a known Pagefind version nothing is reused.
  const version = pagefindVersion();
  const stamps = new Map(
    plans.map(({ name, parts }) => [
      name,
      JSON.stringify({
        pagefind: version,
        language: SEARCH_INDEX_LANGUAGE,
        chunkSize: env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE,
        frequentWordsAlone: true,
        ...(parts > 1 ? { parts } : {}),
      }),
    ]),
  );
  // While Astro still renders pages on one core, Pagefind gets the other only:
  // its page parsing would otherwise take a core from Astro too (rayon, which
  // Pagefind parses with, reads RAYON_NUM_THREADS).
  let beside = oneAtATimeUntil !== undefined;
  void oneAtATimeUntil?.then(
    () => (beside = false),
    () => (beside = false),
  );
  const report = { pagesRead: 0, reusedBundles: [] as string[], reused: 0, dropped: 0 };
  const index = async ({ name, lang, part, parts, files }: BundlePlan) => {
    const bundle = join(folder, name);
    const previous = previousFolder && join(previousFolder, name);
    const before = previousPages.get(lang)?.filter((file) => pagePart(file, parts) === part);
    if (previous && before && version && readStamp(previous) === stamps.get(name)) {
      if (samePages(siteDir, files, previousSite!, before)) {
        report.reused += reuseBundle(previous, bundle);
        report.reusedBundles.push(name);
        return;
      }
    }
    const seeded = previous ? seedBundle(previous, bundle) : 0;
    mkdirSync(bundle, { recursive: true });
    // A language's part is indexed from a folder of links to its pages only:
    // Pagefind takes the pages to index from a folder and one glob.
    const site = parts > 1 ? linkedPages(siteDir, files) : siteDir;
    try {
      await runPagefind(
        [
          ...['--site', site, '--glob', articleGlob(lang)],
          ...['--force-language', SEARCH_INDEX_LANGUAGE, '--output-path', bundle],
        ],
        beside ? { ...env, RAYON_NUM_THREADS: '1' } : env,
        signal,
      );
    } finally {
      if (site !== siteDir) rmSync(site, { recursive: true, force: true });
    }
    splitFrequentWords(bundle, Number(env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE));
    writeFileSync(join(bundle, STAMP_FILE), stamps.get(name)!);
    report.pagesRead += files.length;
    report.reused += seeded;
    if (seeded > 0) report.dropped += pruneBundle(bundle);
  };
  // The largest bundles first, so that the last to finish is a small one.
  const ordered = [...plans].sort((a, b) => b.bytes - a.bytes);
  const tasks = ordered.map((plan) => () => index(plan));
  const fitting = jobs ?? fittingJobs(ordered[0]!.bytes);
  await runPooled(tasks, fitting, oneAtATimeUntil);
  const bundles = plans.map(({ name }) => join(folder, name));
  writePageLanguages(folder, bundles, previousFolder);
  writeIndexChunks(folder, bundles);
  // One fragment per indexed page (once the last build's stale ones are pruned).
  const pageCount = bundles.reduce((sum, b) => sum + readdirSync(join(b, 'fragment')).length, 0);
  const milliseconds = Math.round(performance.now() - started);
  report.reusedBundles.sort();
  // Said when it held bundles back: more were indexed than could run at once.
  const indexed = plans.length - report.reusedBundles.length;
  const held = jobs === undefined && fitting < availableParallelism() && indexed > fitting;
  const forMemory = held ? { jobsForMemory: fitting } : {};
  return { pageCount, ...report, milliseconds, ...forMemory };
}

/** The line a build prints when indexing is done (the benchmark reads it). */
export function searchIndexSummary(report: SearchIndexReport): string {
  const { pageCount, pagesRead, reusedBundles, reused, dropped, milliseconds, jobsForMemory } =
    report;
  const kept = reused > 0 ? `, ${reused - dropped} index files kept from the last build` : '';
  const same = reusedBundles.length ? `; unchanged: ${reusedBundles.join(', ')}` : '';
  const atOnce =
    jobsForMemory === undefined
      ? ''
      : `, ${jobsForMemory === 1 ? 'one bundle' : `${jobsForMemory} bundles`} at a time to fit in memory`;
  return `Indexed the article pages (${pageCount} in the index, ${pagesRead} HTML files read${kept}${same}) in ${milliseconds} ms${atOnce}.`;
}
