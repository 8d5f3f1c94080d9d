// Builds the site into a staging folder and publishes it to dist/ only when the
// whole build succeeded, so a failed build never leaves a half-built site behind
// for `astro preview` (or a deploy) to serve.
//
// Two steps, each in a process of its own: Astro renders the pages, then, once
// that process has exited and given its memory back, Pagefind indexes them. At
// 10,000 articles each step needs about 4 GB at its peak; run in one process
// (Astro's `astro:build:done` hook) they needed both at once.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
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
const astro = spawnSync(
  process.execPath,
  ['scripts/lib/astro-build.mjs', staging, ...(force ? ['--force'] : [])],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SEARCH_INDEX_AFTER_BUILD: '1' },
  },
);
if (astro.status !== 0) fail(astro.error?.message);
recordContentCode('.', contentCode);

// Type stripping lets this plain-Node script use the site's own indexing code.
const { buildSearchIndex, searchIndexSummary } =
  await import('../src/lib/search/build-search-index.ts');
try {
  // The published site's index lends its unchanged files (see search-bundle-files.ts).
  console.log(`[search-index] ${searchIndexSummary(await buildSearchIndex(staging, out))}`);
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
