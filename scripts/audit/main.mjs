// `npm run audit [-- --runs 3] [--write]`: Lighthouse (performance,
// accessibility, best practices, SEO) on every kind of page of the built site
// in dist/, served with gzip by a local static server, and the byte budgets of
// an article page. Targets: every score 100, none below 95; an article ships
// no JavaScript (or at most 15 KB gzip) and at most 40 KB of HTML + CSS gzip.
// Exits 1 when a target is missed. With --write, writes the figures and the
// date into the "Figures" section of docs/audit.md. Full reports:
// .test-output/lighthouse/*.json.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pageBudget } from './budgets.mjs';
import { CHROME_PATH, runLighthouse } from './lighthouse-run.mjs';
import { writeFiguresSection } from './docs-section.mjs';
import { formatFigures, missedTargets } from './report.mjs';
import { serveStatic } from '../lib/serve-static.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const MIN_SCORE = 95;
const JS_BUDGET = 15 * 1024;
const HTML_CSS_BUDGET = 40 * 1024;

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, write: { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(args.runs) || 1);

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('There is no built site in dist/: run `npm run build` first.');
  process.exit(1);
}
if (!existsSync(CHROME_PATH)) {
  console.error(`Chromium is not at ${CHROME_PATH}: install Debian's chromium or set CHROME_PATH.`);
  process.exit(1);
}

const htmlFiles = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('index.html'),
);
const pathOf = (file) => `/${file.replace(/index\.html$/, '')}`;
/** The first page (in file name order) whose file matches `pattern`, if the site has one. */
const firstPage = (pattern) => {
  const file = htmlFiles.filter((f) => pattern.test(f)).sort()[0];
  return file && pathOf(file);
};

// The largest article page: the budgets hold for every article if they hold for it.
const [article] = htmlFiles
  .filter((file) => /^[a-z]{2}\/articles\/[^/]+\/index\.html$/.test(file))
  .sort((a, b) => statSync(join(DIST, b)).size - statSync(join(DIST, a)).size);
if (!article) {
  console.error(
    'dist/ has no article page (dist/<lang>/articles/<slug>/index.html): build a site with articles.',
  );
  process.exit(1);
}
const articlePath = pathOf(article);
// The search with a query looks for a word of that article's headline (its
// longest), so it finds at least that article on any site.
const headline = /<h1[^>]*>([^<]*)</.exec(readFileSync(join(DIST, article), 'utf8'))?.[1] ?? '';
const [queryWord] = headline
  .replace(/&[#\w]+;/g, ' ') // escaped characters are not words
  .split(/[^\p{L}\p{N}]+/u)
  .sort((a, b) => b.length - a.length || a.localeCompare(b));
if (!queryWord) {
  console.error(`dist/${article}: no <h1> headline to take a search word from.`);
  process.exit(1);
}
// Every kind of page the site has, each once (an entity, story or comparison
// page only when the content has one).
const pages = [
  ['Home', '/en/'],
  ['Article', articlePath],
  // Without a query the page loads no search code; with one it loads Pagefind and runs it.
  ['Search', '/en/search/'],
  ['Search (with a query)', `/en/search/?q=${encodeURIComponent(queryWord)}`],
  ['Language picker', '/'],
  ['Entity index', '/en/entities/'],
  ['Entity', firstPage(/^en\/entities\/[^/]+\/index\.html$/)],
  ['Translations', '/en/translations/'],
  ['Story', firstPage(/^en\/stories\/[^/]+\/index\.html$/)],
  ['Comparison', firstPage(/^[a-z]{2}\/compare\/[^/]+\/[^/]+\/index\.html$/)],
].filter(([, path]) => path);

const server = await serveStatic(DIST);
let results;
try {
  const urls = pages.map(([, path]) => server.url + path);
  results = await runLighthouse(urls, server.url, join(ROOT, '.test-output/lighthouse'), runs);
} finally {
  await server.close();
}

const measured = { pages, results, budget: pageBudget(DIST, article), articlePath, runs };
const figures = formatFigures(measured);
console.log(`\n${figures}\n`);
for (const r of results)
  if (r.failed.length > 0) console.log(`To improve on ${r.url}:\n  ${r.failed.join('\n  ')}`);
if (args.write) {
  await writeFiguresSection(join(ROOT, 'docs/audit.md'), figures);
  console.log('Wrote the figures to docs/audit.md (Figures).');
}
const misses = missedTargets(measured, MIN_SCORE, JS_BUDGET, HTML_CSS_BUDGET);
if (misses.length > 0) {
  console.error(`Targets missed:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
