/**
 * `npm run search:alternatives` (after `npm run build`): measures the search
 * designs the site could use on the built articles and prints a table of what
 * each one finds, how many of the test queries it satisfies, and what its first
 * query costs a reader with an empty cache. See docs/search-alternatives.md.
 *
 * This file only orchestrates: read the articles, build the bundles into a temp
 * folder, serve it, search each design in Chromium, print, clean up.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { queryKeys } from '../../src/lib/search/search-key';
import {
  bundleOfPage,
  fallbackBundles,
  firstOfEachBundle,
} from '../../src/lib/search/verify-match';
import { articleOf, readArticles } from './articles';
import { launchBrowser, measureRun } from './browser';
import { buildDesigns } from './designs';
import { QUERIES } from './queries';
import { report, type QueryRow, type RunResult } from './report';
import { serveStatic } from './server';
import { testPage, type QueryOutcome } from './test-page';

/** Cold first-query measurements per run; the table shows the median time. */
const COLD_REPEATS = 5;

const root = fileURLToPath(new URL('../../', import.meta.url));
const pagefindVersion = (
  JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as {
    version: string;
  }
).version;

const articles = readArticles(root);
const labelOf = (url: string) => articleOf(articles, url)?.label ?? `?${url}`;

/**
 * The results of one query that are false hits, with the words their excerpts
 * highlight: Pagefind highlighted words, none of which is a form of the query
 * word (it matched another word), or the article has no form of it at all.
 * A result with no highlight (E matches our keys, which are not in the excerpt)
 * is judged by its article alone.
 */
function falseHits(outcome: QueryOutcome, related: RegExp): Record<string, string[]> {
  const hits: Record<string, string[]> = {};
  outcome.urls.forEach((url, n) => {
    const article = articleOf(articles, url);
    const marks = [...new Set(outcome.marks[n])];
    const wrongWords = marks.length > 0 && !marks.some((word) => related.test(word));
    if (!article || !related.test(article.text) || wrongWords) {
      hits[article?.label ?? `?${url}`] = marks;
    }
  });
  return hits;
}

/**
 * The outcome without the languages whose results are Pagefind's fallback, as
 * the site's search page leaves them out (src/scripts/search-session.ts): each
 * article language is a bundle, and a bundle without a word the key starts
 * answers with the longest word the key starts with.
 */
function withoutFallback(outcome: QueryOutcome, keys: string[]): QueryOutcome {
  const results = outcome.urls.map((_, i) => ({ id: String(i) }));
  const pages = new Map(
    outcome.texts.map((text, i) => [String(i), { lang: text.meta.lang ?? '', date: '' }]),
  );
  const firsts = firstOfEachBundle(results, pages);
  const texts = firsts.map(({ id }) => outcome.texts[Number(id)]!);
  const dropped = fallbackBundles(firsts, texts, keys, pages);
  const kept = outcome.urls
    .map((_, i) => i)
    .filter((i) => !dropped.has(bundleOfPage(pages, String(i))));
  return {
    ...outcome,
    urls: kept.map((i) => outcome.urls[i]!),
    marks: kept.map((i) => outcome.marks[i]!),
    texts: kept.map((i) => outcome.texts[i]!),
  };
}

/** The query as the site's search page sends it to Pagefind (src/scripts/search-session.ts). */
function siteKeys(query: string): string {
  return queryKeys(query).join(' ');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const tempDir = mkdtempSync(join(tmpdir(), 'search-alternatives-'));
const cleanUpOnSignal = () => {
  rmSync(tempDir, { recursive: true, force: true });
  process.exit(130);
};
process.once('SIGINT', cleanUpOnSignal);
process.once('SIGTERM', cleanUpOnSignal);

let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
try {
  const queries: QueryRow[] = QUERIES.map((query) => ({
    text: query.text,
    keys: siteKeys(query.text),
    expected: articles.filter((a) => query.must.test(a.text)).map((a) => a.label),
  }));
  for (const query of queries) {
    if (query.expected.length === 0) throw new Error(`No article must match "${query.text}".`);
  }
  console.log(`Building the bundles of designs A–E in ${tempDir} …`);
  const runs = await buildDesigns(tempDir, join(root, 'dist'), articles);
  mkdirSync(join(tempDir, 'pages'));
  runs.forEach((run, i) => writeFileSync(join(tempDir, 'pages', `${i}.html`), testPage(run)));

  server = await serveStatic(tempDir);
  browser = await launchBrowser();
  const results: RunResult[] = [];
  for (const [i, run] of runs.entries()) {
    const terms = QUERIES.map((query) => (run.useKeys ? siteKeys(query.text) : query.text));
    const pageUrl = `${server.url}/pages/${i}.html`;
    const cold = [];
    for (let repeat = 0; repeat < COLD_REPEATS; repeat++) {
      cold.push(await measureRun(browser, pageUrl, repeat === 0 ? terms : [terms[0]!], server));
    }
    const { first } = cold[0]!;
    const outcomes = run.useKeys
      ? cold[0]!.outcomes.map((outcome, n) => withoutFallback(outcome, terms[n]!.split(' ')))
      : cold[0]!.outcomes;
    for (const other of cold.slice(1)) {
      if (other.first.requests !== first.requests) {
        console.warn(
          `${run.id}: cold runs differ:\n  ${first.log.join('\n  ')}\nand\n  ${other.first.log.join('\n  ')}`,
        );
      }
    }
    if (Math.abs(first.bytes - first.serverBytes) > 1024 + first.requests * 512) {
      console.warn(
        `${run.id}: the browser counted ${first.bytes} B for the first query but the server sent ` +
          `${first.serverBytes} B of bodies; some requests were not seen.`,
      );
    }
    results.push({
      id: run.id,
      description: run.description,
      found: outcomes.map((outcome) => [...new Set(outcome.urls.map(labelOf))]),
      falseHits: outcomes.map((outcome, n) => falseHits(outcome, QUERIES[n]!.related)),
      firstMs: median(cold.map((c) => c.first.ms)),
      firstBytes: first.bytes,
      firstRequests: first.requests,
      firstLog: first.log,
    });
    console.log(
      `  ${run.id}: first query "${terms[0]}" ${(first.bytes / 1024).toFixed(1)} KB ` +
        `(server bodies ${(first.serverBytes / 1024).toFixed(1)} KB), ` +
        `${cold.map((c) => Math.round(c.first.ms)).join('/')} ms`,
    );
  }

  const date = new Date().toISOString().slice(0, 10);
  console.log(
    `\nSearch designs on ${articles.length} articles (${articles.map((a) => a.label).join(', ')}), ` +
      `Pagefind ${pagefindVersion}, ${date}. Test pages have <html lang="de"> unless marked; ` +
      `first query = "${QUERIES[0]!.text}", cold cache, median of ${COLD_REPEATS}.\n`,
  );
  console.log(report(queries, results));
} finally {
  await browser?.close();
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
}
