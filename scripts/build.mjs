// Builds the site into a staging folder and publishes it to dist/ only when the
// whole build succeeded, so a failed build never leaves a half-built site behind
// for `astro preview` (or a deploy) to serve.
//
// Two steps, each in processes of their own: Astro renders the pages, and
// Pagefind indexes the article pages, one bundle per language. Astro renders
// the article pages first, one language after another, and Pagefind indexes a
// language as soon as Astro has written its pages: one language at a time
// while Astro renders the rest (Astro renders on one core), then as many as
// there are cores once Astro has exited. At 10,000 articles Astro peaks at
// about 2.4 GB and one language's Pagefind at about 1 GB.
/* global AbortController */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_PAGES_WRITTEN, formatArticleCounts } from './lib/article-pages-written.mjs';
import {
  STAMP_FILE,
  contentCodeChanged,
  contentCodeDigest,
  recordContentCode,
} from './lib/content-cache.mjs';

// 22.18 runs TypeScript without flags, which the search-index step below relies on.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `This site needs Node.js >= 22.18, but this is ${process.versions.node}. ` +
      "Run `npm install` and use the npm scripts, which put the project's own Node.js first.",
  );
  process.exit(1);
}

const staging = '.build-staging';
const out = 'dist';
const previous = '.build-previous';

/**
 * How many article pages the build makes in each language: one per
 * `content/articles/<lang>/<slug>.md` (the articles collection,
 * src/content.config.ts, whose folders are the articles' languages). A wrong
 * count only means a language is indexed after Astro instead of beside it.
 */
function countArticles() {
  const base = 'content/articles';
  const counts = new Map();
  if (!existsSync(base)) return counts;
  for (const dir of readdirSync(base, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const count = readdirSync(join(base, dir.name)).filter((f) => f.endsWith('.md')).length;
    if (count > 0) counts.set(dir.name, count);
  }
  return counts;
}

/** Removes the staging folder and stops, saying what happened to dist/. */
function fail(message) {
  rmSync(staging, { recursive: true, force: true });
  if (message) console.error(`\n${message}`);
  console.error(
    `\nBuild failed; ${existsSync(out) ? `the previous ${out}/ was left as it was` : `no ${out}/ was written`}.`,
  );
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
// Articles rendered by older plugin or schema code must not be reused (see lib/content-cache.mjs).
const contentCode = contentCodeDigest('.');
const force = contentCodeChanged('.', contentCode);
// (Said only when an earlier build's fingerprint differs; a first build is cold anyway.)
if (force && existsSync(STAMP_FILE))
  console.log('The Markdown pipeline or the schemas changed: rendering every article again.');
// Type stripping lets this plain-Node script use the site's own indexing code.
const articleCounts = countArticles();
const { buildSearchIndex, searchIndexSummary } =
  await import('../src/lib/search/build-search-index.ts');
const { pagesFingerprint } = await import('../src/lib/search/article-pages.ts');
const { SEARCH_FOLDER } = await import('../src/lib/search/page-languages.ts');

const astro = spawn(
  process.execPath,
  [
    'scripts/lib/astro-build.mjs',
    staging,
    ...(force ? ['--force'] : []),
    ...['--article-pages', formatArticleCounts(articleCounts)],
  ],
  {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEARCH_INDEX_AFTER_BUILD: '1' },
  },
);
const astroExited = new Promise((resolve) =>
  astro.on('close', (code, signal) => resolve({ code, signal })),
);
const astroError = new Promise((resolve) => astro.on('error', resolve));

// Each language is indexed as soon as Astro has written its article pages,
// beside the rest of Astro's page step, one language at a time while Astro
// uses a core (see scripts/lib/article-pages-written.mjs).
const stopIndexing = new AbortController();
const written = new Map([...articleCounts.keys()].map((lang) => [lang, Promise.withResolvers()]));
astro.on('message', (message) => {
  const language = message?.type === ARTICLE_PAGES_WRITTEN && written.get(message.lang);
  if (!language) return;
  console.log(
    `\n[search-index] The ${message.lang} article pages are written: indexing them while Astro renders the rest.`,
  );
  language.resolve();
});
const early =
  written.size > 0
    ? buildSearchIndex(staging, out, {
        oneAtATimeUntil: astroExited,
        signal: stopIndexing.signal,
        written: new Map([...written].map(([lang, { promise }]) => [lang, promise])),
      })
    : undefined;
// Settled here too, so that a failure is not unhandled while Astro still runs.
early?.catch(() => {});

const exit = await Promise.race([astroExited, astroError.then((error) => ({ error }))]);
if (exit.error || exit.code !== 0) {
  stopIndexing.abort();
  for (const { reject } of written.values()) reject(new Error('The Astro build failed.'));
  await early?.catch(() => {});
  fail(exit.error?.message ?? (exit.signal ? `Astro was stopped (${exit.signal}).` : undefined));
}
// A language whose message never came (say, a miscount) has its pages written now.
for (const { resolve } of written.values()) resolve();
recordContentCode('.', contentCode);

try {
  let report = early && (await early);
  // Astro wrote no article page after its language was indexed (and no
  // language was left out), or the site is indexed again.
  if (report && pagesFingerprint(staging) !== report.fingerprint) {
    console.log('[search-index] Article pages changed while they were indexed: indexing again.');
    rmSync(join(staging, SEARCH_FOLDER), { recursive: true, force: true });
    report = undefined;
  }
  // The published site's index lends its unchanged files (see search-bundle-files.ts).
  report ??= await buildSearchIndex(staging, out);
  console.log(`[search-index] ${searchIndexSummary(report)}`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

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
