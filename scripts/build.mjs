// Builds the site into a staging folder and publishes it to dist/ only when the
// whole build succeeded, so a failed build never leaves a half-built site behind
// for `astro preview` (or a deploy) to serve.
//
// Two steps, each in processes of their own: Astro renders the pages, and
// Pagefind indexes the article pages, one bundle per language (several for a
// large one). Pagefind starts as soon as Astro has written the article pages,
// one bundle at a time while Astro renders the rest (Astro renders on one
// core), then as many as fit in memory, at most one per core (or
// SEARCH_INDEX_JOBS), once Astro has exited, so that Astro and one bundle's
// Pagefind share the memory (see docs/architecture.md). Either step failing
// stops the other.
/* global AbortController */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { join, resolve } from 'node:path';
import { LOCK_FILE, takeBuildLock } from './lib/build-lock.mjs';
import { parseCommandLine } from './lib/command-line.mjs';
import { describeFsFailure } from './lib/fs-failure.mjs';
import {
  STAMP_FILE,
  contentCodeChanged,
  contentCodeDigest,
  recordContentCode,
} from '../src/astro-patches/content-cache.mjs';

// The minimum is `engines.node` in package.json. A Node.js that cannot run
// TypeScript (which this script relies on) cannot load the check either, and is
// too old anyway.
try {
  const { requireNode } = await import('../src/lib/require-node.ts');
  requireNode();
  // The site's TypeScript imports other files without their extension.
  const { resolveTypeScript } = await import('./lib/resolve-typescript.mjs');
  resolveTypeScript();
} catch (error) {
  const stated = JSON.parse(readFileSync('package.json', 'utf8')).engines?.node;
  console.error(
    error?.code === 'ERR_UNKNOWN_FILE_EXTENSION'
      ? `This site needs Node.js ${stated}, but this is ${process.versions.node}. ` +
          "Run `npm install` and use the npm scripts, which put the project's own Node.js first."
      : messageOf(error),
  );
  process.exit(1);
}

// Node keeps the compiled code of the modules a build loads (Astro, Vite, the
// site's code) in this folder, for this script, Astro's process and its render
// workers, and reuses it for unchanged files, so a rebuild reaches its content
// sync sooner. Node checks each file against its entry, so a stale one is
// never used.
const compileCache = resolve('node_modules/.cache/node-compile');
enableCompileCache(compileCache);

const { strict } = parseCommandLine({
  name: 'build',
  usage: `Usage: npm run build -- [--strict]

Checks the content, builds the site into .build-staging/ and publishes it to dist/
only when the whole build succeeded. One build at a time runs in a folder.

  --strict  stop on content warnings too (a misspelt directive, HTML that is removed)
  --help    print this help`,
  options: { strict: { type: 'boolean' } },
});

const staging = '.build-staging';
const out = 'dist';
const previous = '.build-previous';

/**
 * How many article pages the build makes: one per `content/articles/<lang>/<slug>.md`
 * (the articles collection, src/content.config.ts). A wrong count only means
 * the search index is built after Astro instead of beside it.
 */
function countArticles() {
  const base = ARTICLES_DIR;
  if (!existsSync(base)) return 0;
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .reduce(
      (sum, dir) => sum + readdirSync(join(base, dir.name)).filter((f) => f.endsWith('.md')).length,
      0,
    );
}

/** What went wrong, for the build's last words. */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

/** Removes the staging folder and stops, saying what happened to dist/. */
function fail(message) {
  try {
    rmSync(staging, { recursive: true, force: true });
  } catch {
    // The message says what went wrong; a staging folder that cannot be removed is part of it.
  }
  if (message) console.error(`\n${message}`);
  console.error(
    `\nBuild failed; ${existsSync(out) ? `the previous ${out}/ was left as it was` : `no ${out}/ was written`}.`,
  );
  process.exit(1);
}

// A user's file-system trouble (a read-only folder, a full disk) is one line
// naming the path, wherever it happens; anything else is a bug, with its trace.
process.on('uncaughtException', (error) => {
  const line = describeFsFailure(error);
  if (!line) throw error;
  fail(line);
});

const lock = (() => {
  try {
    return takeBuildLock();
  } catch (error) {
    fail(describeFsFailure(error) ?? messageOf(error));
  }
})();
if (lock.heldBy !== undefined) {
  console.error(
    `Another build is running in this folder (process ${lock.heldBy}); wait for it to finish or stop it. Nothing was changed. (Its lock is ${LOCK_FILE}.)`,
  );
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
// Articles rendered by older plugin or schema code must not be reused (see src/astro-patches/content-cache.mjs).
const contentCode = contentCodeDigest('.');
const force = contentCodeChanged('.', contentCode);
// (Said only when an earlier build's fingerprint differs; a first build is cold anyway.)
if (force && existsSync(STAMP_FILE))
  console.log('The Markdown pipeline or the schemas changed: rendering every article again.');
// Type stripping (and the hook above) let this plain-Node script use the site's own code.
const { buildSearchIndex, INDEX_JOBS_ENV, indexJobsFromEnv, searchIndexSummary } =
  await import('../src/lib/search/build-search-index');
const jobs = (() => {
  try {
    return indexJobsFromEnv(process.env[INDEX_JOBS_ENV]);
  } catch (error) {
    fail(messageOf(error));
  }
})();
const { pagesFingerprint } = await import('../src/lib/search/article-pages');
const { SEARCH_FOLDER } = await import('../src/lib/search/page-languages');
const { ARTICLES_DIR } = await import('../src/lib/content/paths');
const { ARTICLE_PAGES_WRITTEN } = await import('../src/astro-patches/article-pages-written.mjs');
const { STRICT_ENV: CONTENT_STRICT_ENV } = await import('../src/integrations/content-guard-env');

const astro = spawn(
  process.execPath,
  [
    'scripts/lib/astro-build.mjs',
    staging,
    ...(force ? ['--force'] : []),
    ...['--article-pages', String(countArticles())],
  ],
  {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: {
      NODE_COMPILE_CACHE: compileCache,
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(strict ? { [CONTENT_STRICT_ENV]: '1' } : {}),
    },
  },
);
// Ctrl-C or a stop from outside: Astro and Pagefind are stopped and waited for,
// so no file is written after the staging folder is removed.
let interrupted;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    if (interrupted) return;
    interrupted = signal;
    console.error(`\nBuild interrupted (${signal}): stopping.`);
    stopIndexing.abort();
    if (astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
    await Promise.all([astroExited, early?.report.catch(() => {})]);
    fail(`The build was interrupted (${signal}); the staging folder was removed.`);
  });
}
const astroExited = new Promise((resolve) =>
  astro.on('close', (code, signal) => resolve({ code, signal })),
);
const astroError = new Promise((resolve) => astro.on('error', resolve));

// Indexing starts as soon as Astro has written the article pages (which it
// renders first) and runs beside the rest of Astro's page step, one language
// at a time while Astro uses a core (see src/astro-patches/article-pages-written.mjs).
const stopIndexing = new AbortController();
let early;
let indexFailure;
astro.on('message', (message) => {
  // Astro's process has said so itself, between two of its lines.
  if (message !== ARTICLE_PAGES_WRITTEN || early) return;
  const fingerprint = pagesFingerprint(staging);
  const report = buildSearchIndex(staging, out, {
    jobs,
    oneAtATimeUntil: astroExited,
    signal: stopIndexing.signal,
  });
  // A failed index fails the build, so Astro is stopped rather than waited for
  // (at 10,000 articles it renders for another minute after the article pages).
  report.catch((error) => {
    if (stopIndexing.signal.aborted) return;
    indexFailure = error;
    if (astro.exitCode === null && astro.signalCode === null) astro.kill('SIGTERM');
  });
  early = { fingerprint, report };
});

const exit = await Promise.race([astroExited, astroError.then((error) => ({ error }))]);
// The signal handler says what happened and stops the build.
if (interrupted) await new Promise(() => {});
if (exit.error || exit.code !== 0) {
  if (indexFailure) fail(`${messageOf(indexFailure)}\nAstro was stopped: the search index failed.`);
  stopIndexing.abort();
  await early?.report.catch(() => {});
  fail(exit.error?.message ?? (exit.signal ? `Astro was stopped (${exit.signal}).` : undefined));
}
recordContentCode('.', contentCode);

try {
  // The search's table of equivalents, written while the index is finished
  // (loaded only now: its sources' modules take a moment that Astro's start need not wait for).
  const { writeEquivalentFiles } = await import('../src/lib/search/equivalent-files');
  const equivalents = writeEquivalentFiles('.', staging, out);
  // Its failure is reported where it is awaited below.
  equivalents.catch(() => {});
  let report = early && (await early.report);
  // Astro wrote no article page after indexing began, or it is indexed again.
  if (report && pagesFingerprint(staging) !== early.fingerprint) {
    console.log('[search-index] Article pages changed while they were indexed: indexing again.');
    rmSync(join(staging, SEARCH_FOLDER), { recursive: true, force: true });
    report = undefined;
  }
  // The published site's index lends its unchanged files (see search-bundle-files.ts).
  report ??= await buildSearchIndex(staging, out, { jobs });
  console.log(`[search-index] ${searchIndexSummary(report)}`);
  const table = await equivalents;
  console.log(
    `[search-index] Table of equivalents: ${table.files} files${table.reused ? ', linked from the last build' : ''}.`,
  );
} catch (error) {
  if (interrupted) await new Promise(() => {});
  fail(describeFsFailure(error) ?? messageOf(error));
}
if (interrupted) await new Promise(() => {});

// Swap the new site in, then delete the old one in the background: removing
// tens of thousands of files took seconds that a rebuild need not wait for.
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
console.log(`Published the build to ${out}/.`);
spawn(
  process.execPath,
  [
    '-e',
    `require('node:fs').rmSync(${JSON.stringify(previous)}, { recursive: true, force: true })`,
  ],
  { detached: true, stdio: 'ignore' },
).unref();
