/**
 * The tiny page each design is searched from.
 *
 * Exists because Pagefind picks its index (and stemmer) from the page that
 * loads it: the page's <html lang> is the variable under test. The page loads
 * nothing until the first query, as the site's search page does, then imports
 * the bundle's pagefind.js, merges the other bundles, and exposes
 * `window.runQuery(term)`, which resolves to the result URLs, the words each
 * result's excerpt highlights, and the time from the call to the result data
 * (first call: including the download of Pagefind).
 */
import type { Run } from './designs';

export interface QueryOutcome {
  urls: string[];
  /** Per result, the words Pagefind highlighted in its excerpt. */
  marks: string[][];
  /** Per result, its text and metadata (for the site's check of Pagefind's fallback). */
  texts: { content: string; meta: Record<string, string | undefined> }[];
  ms: number;
}

export function testPage(run: Run): string {
  const config = JSON.stringify({
    bundle: run.bundle,
    merge: run.merge,
    options: run.options,
    loadFilters: run.loadFilters,
  }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${run.pageLang}">
<head><meta charset="utf-8"><title>${run.id}</title></head>
<body>
<p>Search test page for design ${run.id}.</p>
<script type="module">
const config = ${config};
let loading;
async function load() {
  const pagefind = await import(config.bundle + 'pagefind.js');
  await pagefind.options(config.options);
  for (const { path, options } of config.merge) await pagefind.mergeIndex(path, options);
  if (config.loadFilters) await pagefind.filters();
  return pagefind;
}
window.runQuery = async (term) => {
  const start = performance.now();
  loading ??= load();
  const pagefind = await loading;
  const search = await pagefind.search(term);
  const data = await Promise.all(search.results.map((result) => result.data()));
  const ms = performance.now() - start;
  const marks = data.map((item) =>
    [...item.excerpt.matchAll(/<mark>(.*?)<\\/mark>/g)].map((match) => match[1]));
  const texts = data.map((item) => ({ content: item.content, meta: item.meta }));
  return { urls: data.map((item) => item.url), marks, texts, ms };
};
window.testPageReady = true;
</script>
</body>
</html>
`;
}
