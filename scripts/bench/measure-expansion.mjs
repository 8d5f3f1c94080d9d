// What cross-language expansion (docs/search-design.md, "Equivalents") costs
// on a built site, with and without it, in one run:
// - the lookup table: its shards, and what one query word's shard weighs;
// - the index: the article pages indexed again by Pagefind with and without the
//   concept codes in their search keys (same Pagefind, same options), so the
//   growth is the codes' alone;
// - the browser: for each query, in a fresh context (empty cache), the bytes
//   the search page loads before a search, the bytes and the time of the first
//   search, and the results, once as the site is and once with the table's
//   requests refused (the page then searches the query as typed).
// Run on its own: node scripts/bench/measure-expansion.mjs [dist] (default dist/).
/* global document, performance, MutationObserver, InputEvent, setTimeout */
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/serve-static.mjs';
import { expansionLines } from './report.mjs';

const TABLE_FOLDER = 'search-equivalents';
const QUERIES = ['Moscow', 'war', 'sanctions', 'Kazakhstan', 'Tokayev', 'Kampfdrohnen'];
const CODE = / zz[a-z]{7}(?=[ <])/g;

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile());
}

/** Size of the table and of its shards, raw and gzip-compressed as served. */
export function tableFigures(dist) {
  const dir = join(dist, TABLE_FOLDER);
  // The shards (two base-36 digits), not the build's stamp beside them.
  const shards = filesUnder(dir).filter((file) => /^[0-9a-z]{2}\.json$/.test(file));
  const sizes = shards.map((file) => {
    const raw = readFileSync(join(dir, file));
    return { raw: raw.length, gzip: gzipSync(raw).length };
  });
  const gz = sizes.map((s) => s.gzip).sort((a, b) => a - b);
  return {
    shards: sizes.length,
    rawBytes: sizes.reduce((n, s) => n + s.raw, 0),
    gzipBytes: gz.reduce((n, s) => n + s, 0),
    shardGzipMedian: gz[Math.floor(gz.length / 2)],
    shardGzipMax: gz.at(-1),
  };
}

/** Pagefind's executable, found as src/lib/search/pagefind-cli.ts finds it. */
function pagefindBinary() {
  const require = createRequire(import.meta.url);
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${process.platform}-${process.arch}/bin/${name}`);
    } catch {
      // Not this one: the next name.
    }
  }
  throw new Error('Pagefind has no executable here: run `npm install`.');
}

/** Bytes of the Pagefind bundles built from `site`'s article pages, one per language. */
function indexBytes(site, langs) {
  let bytes = 0;
  for (const lang of langs) {
    const out = join(site, 'pf', lang);
    const run = spawnSync(
      pagefindBinary(),
      [
        '--site',
        site,
        '--glob',
        `${lang}/articles/*/index.html`,
        '--force-language',
        'zxx',
        '--output-path',
        out,
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0)
      throw new Error(`Pagefind failed on ${lang}: ${run.stderr || run.stdout}`);
    bytes += filesUnder(out).reduce((n, file) => n + statSync(join(out, file)).size, 0);
  }
  return bytes;
}

/** The index with and without the concept codes, and how many codes an article has. */
export function indexGrowth(dist) {
  const langs = readdirSync(dist).filter((lang) => {
    try {
      return statSync(join(dist, lang, 'articles')).isDirectory();
    } catch {
      return false;
    }
  });
  const root = mkdtempSync(join(tmpdir(), 'expansion-'));
  let pages = 0;
  let codes = 0;
  try {
    for (const variant of ['with', 'without']) {
      for (const lang of langs) {
        cpSync(join(dist, lang, 'articles'), join(root, variant, lang, 'articles'), {
          recursive: true,
        });
      }
    }
    for (const lang of langs) {
      const dir = join(root, 'without', lang, 'articles');
      for (const file of filesUnder(dir).filter((f) => f.endsWith('index.html'))) {
        const html = readFileSync(join(dir, file), 'utf8');
        pages++;
        writeFileSync(
          join(dir, file),
          html.replace(/(data-pagefind-meta="keys">)([^<]*)/, (_, open, keys) => {
            const stripped = ` ${keys} `.replace(CODE, '');
            codes += (` ${keys} `.match(CODE) ?? []).length;
            return open + stripped.trim();
          }),
        );
      }
    }
    const withCodes = indexBytes(join(root, 'with'), langs);
    const withoutCodes = indexBytes(join(root, 'without'), langs);
    return { pages, codesPerPage: codes / Math.max(1, pages), withCodes, withoutCodes };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** In the page: types `query` and resolves with the ms until results are shown. */
function typeAndWait(query) {
  return new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`"${query}": no answer in 60 s`)), 60_000);
    const results = document.querySelector('#search-results');
    const input = document.querySelector('#search-input');
    const start = performance.now();
    new MutationObserver((_, observer) => {
      // "refused": without the table, a query word that is a stop word is not searched ("war").
      const answered =
        (results.dataset.state === 'done' && results.dataset.keys !== undefined) ||
        results.dataset.state === 'refused';
      if (answered) {
        observer.disconnect();
        resolve(performance.now() - start);
      }
    }).observe(results, { attributes: true, attributeFilter: ['data-state'] });
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
}

async function searchOnce(browser, baseUrl, query, expand) {
  const context = await browser.newContext();
  if (!expand) await context.route(`**/${TABLE_FOLDER}/**`, (route) => route.abort());
  const page = await context.newPage();
  const bytes = { load: 0, search: 0 };
  let phase = 'load';
  const tables = { load: 0, search: 0 };
  page.on('requestfinished', async (request) => {
    const at = phase;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) bytes[at] += sizes.responseBodySize + sizes.responseHeadersSize;
    if (request.url().includes(`/${TABLE_FOLDER}/`)) tables[at]++;
  });
  // The empty search page loads Pagefind while the reader types (its warm-up);
  // what it loads counts as the page's, so the search starts after it.
  const warmed = page.waitForResponse((r) => r.url().includes('index-chunks'), { timeout: 60_000 });
  await page.goto(`${baseUrl}/en/search/`, { waitUntil: 'networkidle' });
  await warmed.catch(() => undefined);
  await page.waitForLoadState('networkidle');
  phase = 'search';
  const ms = await page.evaluate(typeAndWait, query);
  await page.waitForLoadState('networkidle');
  const count = Number(await page.$eval('#search-results', (el) => el.dataset.count ?? 0));
  await context.close();
  return {
    query,
    expand,
    ms: Math.round(ms),
    loadBytes: bytes.load,
    searchBytes: bytes.search,
    tablesBeforeSearch: tables.load,
    tablesLoaded: tables.search,
    count,
  };
}

/** First searches with and without expansion, alternately, in fresh contexts. */
export async function searchFigures(baseUrl) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const rows = [];
    for (const query of QUERIES) {
      for (const expand of [true, false])
        rows.push(await searchOnce(browser, baseUrl, query, expand));
    }
    return rows;
  } finally {
    await browser.close();
  }
}

/** Every figure of this module for the built site in `dist`. */
export async function measureExpansion(dist) {
  const result = { table: tableFigures(dist), index: indexGrowth(dist) };
  const server = await serveStatic(dist);
  try {
    result.search = await searchFigures(server.url);
  } finally {
    await server.close();
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? 'dist';
  const result = await measureExpansion(dist);
  for (const line of expansionLines(result)) console.log(line);
}
