// `npm run bench [-- --corpus realistic,stress] [--sizes 1000,10000] [--seed s] [--search-only] [--no-search]`
//
// For each corpus (realistic: names, stories and lengths with a news archive's
// frequencies, generate-realistic-corpus.mjs; stress: a few names in most
// articles, generate-corpus.mjs) and size N: copies the site to
// .bench/<corpus>-<N>/, generates and validates N synthetic articles there, builds it cold (caches deleted) and
// again after editing one article, measures wall time, peak memory of the
// build's process tree, the search index and the site on disk, then serves
// the result and measures search in Chromium with a query log drawn from the
// corpus (query-log.mjs): first searches, ≥ 200 later searches, a typing run
// and a ?q= link, and the same searches through Pagefind alone
// (measure-pagefind-alone.mjs). Prints a table per corpus and size and keeps the latest
// figures per corpus and size in bench/results.json, from which
// bench/results.md is written with the date and machine.
//   --search-only  reuse the last build in .bench/<corpus>-<N>/dist, measure search only
//   --no-search    skip the browser measurements
//   --later-queries N  time N of the query log's later searches, evenly spaced
//                  (all by default; a full log takes half an hour of browser time)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, editOneArticle } from './generate-corpus.mjs';
import { generateRealisticCorpus } from './generate-realistic-corpus.mjs';
import { benchQueries, buildQueryLog } from './query-log.mjs';
import { validateCorpus } from './validate-corpus.mjs';
import {
  buildPhases,
  clearBuildCaches,
  findSearchIndex,
  folderSize,
  killTree,
  logTail,
  prepareSiteCopy,
  runBuild,
  runningChildren,
} from './build-site.mjs';
import { serveStatic } from '../lib/serve-static.mjs';
import { measurePagefindAlone } from './measure-pagefind-alone.mjs';
import { measureSearch } from './measure-search.mjs';
import { measureExpansion } from './measure-expansion.mjs';
import { details, expansionLines, markdownPage, textTable } from './report.mjs';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedDir = join(projectRoot, 'tests', 'fixtures', 'seeds');
const resultsJson = join(projectRoot, 'bench', 'results.json');
const resultsMd = join(projectRoot, 'bench', 'results.md');

const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'realistic,stress' },
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: 'polyglot-bench' },
    'search-only': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    'later-queries': { type: 'string' },
  },
});
const sizes = args.sizes.split(',').map((s) => Number(s.replace(/[_\s]/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 10)) {
  console.error(
    `--sizes expects whole numbers of at least 10, separated by commas; got "${args.sizes}"`,
  );
  process.exit(2);
}
evenlySpaced([], args['later-queries']); // a wrong value stops the run now, not after its builds
const GENERATORS = { realistic: generateRealisticCorpus, stress: generateCorpus };
const corpora = args.corpus.split(',').map((c) => c.trim());
if (corpora.some((c) => !(c in GENERATORS))) {
  console.error(
    `--corpus expects realistic, stress or both (comma-separated); got "${args.corpus}"`,
  );
  process.exit(2);
}

// Stop every build we started if we are interrupted or exit early.
const stopChildren = () => runningChildren.forEach((child) => killTree(child));
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\nInterrupted (${signal}); stopping builds.`);
    stopChildren();
    process.exit(130);
  });
}

const log = (text) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}`);
const seconds = (since) => (performance.now() - since) / 1000;

/** Lines of a build log that say how long a phase took (Astro and Pagefind both print them). */
function timingLines(logFile) {
  if (!existsSync(logFile)) return [];
  return readFileSync(logFile, 'utf8')
    .split('\n')
    .filter(
      (l) =>
        !l.includes('├─') && // one line per page; slugs contain words like "warn"
        /(built in|Completed in|Finished in|Indexed|Total:|pagefind|Published|warn|error)/i.test(l),
    )
    .map((l) => `    ${l.trim().slice(0, 160)}`)
    .slice(0, 30);
}

/**
 * Waits until the last build's leftover work is done: scripts/build.mjs deletes
 * the site it replaced in the background (tens of thousands of files), which
 * would otherwise compete with the searches measured next, as no reader's
 * browser has to. Returns the seconds waited.
 */
async function buildCleanupDone(siteRoot, maxSeconds = 300) {
  const start = performance.now();
  while (existsSync(join(siteRoot, '.build-previous')) && seconds(start) < maxSeconds) {
    await sleep(250);
  }
  return seconds(start);
}

/**
 * The searches of a run: drawn from the corpus's names and words. The stress
 * corpus keeps the queries of its earlier runs first, so they stay comparable.
 */
function searchPlan(corpus, names, documentFrequency) {
  const log = buildQueryLog({ names, documentFrequency, seed: `${args.seed}:queries` });
  const plan = benchQueries(log, names);
  if (corpus !== 'stress') return { ...plan, log };
  const earlier = ['Putin', 'Astana', 'sanctions'];
  return {
    ...plan,
    firstQueries: ['Kazakhstan', 'Tokayev'],
    deepLinkQuery: 'Tokayev',
    laterQueries: [...earlier, ...plan.laterQueries],
    log,
  };
}

/** `count` (a --later-queries value) of `list`, evenly spaced; all of it without one. */
function evenlySpaced(list, count) {
  if (count === undefined) return list;
  const n = Number(count);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--later-queries expects a whole number of at least 1; got "${count}"`);
    process.exit(2);
  }
  if (n >= list.length) return list;
  return Array.from({ length: n }, (_, i) => list[Math.floor((i * list.length) / n)]);
}

/** The largest corpus whose cross-language expansion is measured (its budget's size). */
const EXPANSION_MAX_SIZE = 10_000;

/** How long a build may take before it is stopped: an hour, more for the largest corpora. */
const buildTimeout = (size) => Math.max(60, size / 1000) * 60_000;

async function benchSize(corpus, size, previous) {
  const siteRoot = join(projectRoot, '.bench', `${corpus}-${size}`);
  const dist = join(siteRoot, 'dist');
  const planFile = join(siteRoot, 'queries.json');
  const result = args['search-only']
    ? { ...previous, corpusName: corpus, size }
    : { corpusName: corpus, size, date: new Date().toISOString() };

  if (!args['search-only']) {
    log(`${corpus} corpus, ${size} articles: copying the site to ${siteRoot}`);
    prepareSiteCopy(projectRoot, siteRoot);
    let t = performance.now();
    const { stats, names, documentFrequency } = GENERATORS[corpus]({
      root: siteRoot,
      count: size,
      seed: args.seed,
      seedDir,
    });
    writeFileSync(planFile, JSON.stringify(searchPlan(corpus, names, documentFrequency), null, 1));
    Object.assign(result, {
      articles: stats.articles,
      words: stats.words,
      corpus: stats,
      generateSeconds: seconds(t),
    });
    log(
      `generated ${stats.articles} articles, ${stats.words.toLocaleString('en-US')} words in ${result.generateSeconds.toFixed(1)} s: ${JSON.stringify(stats.byLang)}, ${stats.grouped} in ${stats.groups} translation groups, dates ${JSON.stringify(stats.datePrecision)}, ${stats.mixedGerman} German with English passages`,
    );
    t = performance.now();
    await validateCorpus(siteRoot); // throws with the validator's report: a bad corpus stops the benchmark
    result.validateSeconds = seconds(t);
    log(`the project's validator accepts every file (${result.validateSeconds.toFixed(1)} s)`);

    clearBuildCaches(siteRoot);
    log('cold build (dist/, .astro/ and caches deleted) …');
    result.cold = await runBuild(siteRoot, join(siteRoot, 'build-cold.log'), buildTimeout(size));
    result.cold.phases = buildPhases(result.cold.logFile);
    log(
      `cold build ${result.cold.ok ? 'done' : 'FAILED'} in ${result.cold.seconds.toFixed(1)} s, peak ${(result.cold.peakBytes / 1e6).toFixed(0)} MB over up to ${result.cold.maxProcesses} processes`,
    );
    timingLines(result.cold.logFile).forEach((l) => console.log(l));
    if (!result.cold.ok) {
      console.error(
        `\nThe cold build of ${size} articles failed (exit ${result.cold.exitCode}${result.cold.timedOut ? ', timed out' : ''}). Last lines of ${result.cold.logFile}:\n${logTail(result.cold.logFile)}\n`,
      );
      result.error = 'cold build failed';
      return result;
    }
    const index = findSearchIndex(dist);
    result.index = index ? { ...folderSize(index), path: index.slice(siteRoot.length + 1) } : null;
    result.dist = folderSize(dist);

    const edited = editOneArticle(siteRoot);
    log(`rebuild after editing ${edited.slice(siteRoot.length + 1)} (caches kept) …`);
    result.rebuild = await runBuild(
      siteRoot,
      join(siteRoot, 'build-rebuild.log'),
      buildTimeout(size),
    );
    result.rebuild.phases = buildPhases(result.rebuild.logFile);
    log(
      `rebuild ${result.rebuild.ok ? 'done' : 'FAILED'} in ${result.rebuild.seconds.toFixed(1)} s (${((100 * result.rebuild.seconds) / result.cold.seconds).toFixed(0)}% of cold), peak ${(result.rebuild.peakBytes / 1e6).toFixed(0)} MB`,
    );
    timingLines(result.rebuild.logFile).forEach((l) => console.log(l));
    if (!result.rebuild.ok) {
      console.error(
        `\nThe rebuild failed. Last lines of ${result.rebuild.logFile}:\n${logTail(result.rebuild.logFile)}\n`,
      );
      result.error = 'rebuild failed';
    }
  }

  if (args['no-search']) return result;
  if (!existsSync(join(dist, 'index.html'))) {
    result.search = { measured: false, reason: `no built site in ${dist}` };
    return result;
  }
  const waited = await buildCleanupDone(siteRoot);
  if (waited > 0.5)
    log(`waited ${waited.toFixed(1)} s for the build to delete the site it replaced`);
  const server = await serveStatic(dist);
  try {
    log(`search: serving ${dist} at ${server.url}`);
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    plan.laterQueries = evenlySpaced(plan.laterQueries, args['later-queries']);
    log(
      `search: ${plan.firstQueries.length} first searches, ${plan.laterQueries.length} later ones, typing ${plan.typingQueries.length} queries`,
    );
    result.search = await measureSearch({
      ...plan,
      baseUrl: server.url,
      serverStats: server.stats,
    });
    // The same queries through Pagefind alone: the floor under the site's times.
    if (result.search.measured)
      result.search.pagefindAlone = await measurePagefindAlone({
        baseUrl: server.url,
        bundles: searchBundles(dist),
        firstQuery: plan.firstQueries[0],
        laterQueries: plan.laterQueries,
        deepLinkQuery: plan.deepLinkQuery,
        // As many as the site's results list showed at most: its page size.
        shown: Math.max(1, ...[...result.search.first, ...result.search.later].map((m) => m.links)),
      }).catch((error) => ({
        measured: false,
        reason: `failed: ${String(error?.message ?? error).split('\n')[0]}`,
      }));
  } catch (error) {
    result.search = {
      measured: false,
      reason: `failed: ${String(error?.message ?? error).split('\n')[0]}`,
    };
  } finally {
    await server.close();
  }
  // Cross-language expansion with and without, and the index growth it costs.
  // It indexes the article pages twice more, which is half an hour at 100,000
  // articles; its budget is set at 10,000.
  if (size > EXPANSION_MAX_SIZE) return result;
  try {
    result.expansion = await measureExpansion(dist);
    expansionLines(result.expansion).forEach((line) => log(line));
  } catch (error) {
    result.expansion = { measured: false, reason: String(error?.message ?? error).split('\n')[0] };
  }
  return result;
}

/** The URL paths of the Pagefind bundles of a built site, one per article language. */
function searchBundles(dist) {
  const folder = join(dist, 'pagefind');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/pagefind/${entry.name}/`)
    .sort();
}

function machine() {
  const cpu = cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU';
  return `${availableParallelism()} CPUs (nproc; ${cpu}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory, Node ${process.versions.node}, ${process.platform}`;
}

/** The results stored in bench/results.json, by corpus and size. */
function storedResults() {
  const stored = existsSync(resultsJson)
    ? JSON.parse(readFileSync(resultsJson, 'utf8'))
    : { results: [] };
  // Results of runs before there were two corpora are the stress corpus's.
  return Object.fromEntries(
    stored.results.map((r) => [keyOf(r), { ...r, corpusName: r.corpusName ?? 'stress' }]),
  );
}

const keyOf = (r) => `${r.corpusName ?? 'stress'}:${r.size}`;

/**
 * Adds `results` to bench/results.json and rewrites bench/results.md. The file
 * is read again first: another run (a long one at 100,000 articles beside a
 * short one) may have stored its results since this one started.
 */
async function writeResults(results) {
  mkdirSync(join(projectRoot, 'bench'), { recursive: true });
  const all = { ...storedResults(), ...Object.fromEntries(results.map((r) => [keyOf(r), r])) };
  // Format as the project's Prettier would, so `npm run lint` stays clean.
  const prettier = await import('prettier');
  const format = async (file, text) =>
    prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
  const stored = Object.values(all).map((r) => ({ ...r, search: r.search && { ...r.search } }));
  writeFileSync(
    resultsJson,
    await format(resultsJson, JSON.stringify({ machine: machine(), results: stored }, null, 2)),
  );
  writeFileSync(resultsMd, await format(resultsMd, markdownPage(Object.values(all), machine())));
}

const all = storedResults();
let failed = false;
for (const corpus of corpora) {
  for (const size of sizes) {
    const key = `${corpus}:${size}`;
    const result = await benchSize(corpus, size, all[key] ?? { corpusName: corpus, size });
    all[key] = result;
    failed ||= Boolean(result.error);
    console.log(`\n${textTable([result])}`);
    for (const line of details(result))
      console.log(line.startsWith('search: not') ? line : `  ${line}`);
    console.log('');
    await writeResults([result]);
  }
}
const ran = corpora.flatMap((c) => sizes.map((s) => all[`${c}:${s}`]));
if (ran.length > 1) console.log(`All runs:\n${textTable(ran)}\n`);
log(`wrote ${resultsMd} (machine: ${machine()})`);
process.exitCode = failed ? 1 : 0;
