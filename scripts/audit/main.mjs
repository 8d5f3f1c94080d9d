// `npm run audit [-- --runs 3] [--readme]`: Lighthouse (performance,
// accessibility, best practices, SEO) on the home, an article and the search
// page of the built site in dist/, served with gzip by a local static server,
// and the byte budgets of an article page. Targets: every score 100, none
// below 95; an article ships no JavaScript (or at most 15 KB gzip) and at most
// 40 KB of HTML + CSS gzip. Exits 1 when a target is missed. With --readme,
// writes the figures and the date into the "Quality figures" section of
// README.md. Full reports: .test-output/lighthouse/*.json.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pageBudget } from './budgets.mjs';
import { CHROME_PATH, runLighthouse } from './lighthouse-run.mjs';
import { writeReadmeSection } from './readme-section.mjs';
import { formatFigures, missedTargets } from './report.mjs';
import { serveStatic } from '../lib/serve-static.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const MIN_SCORE = 95;
const JS_BUDGET = 15 * 1024;
const HTML_CSS_BUDGET = 40 * 1024;

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, readme: { type: 'boolean', default: false } },
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

// The largest article page: the budgets hold for every article if they hold for it.
const [article] = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .filter((file) => /^[a-z]{2}\/articles\/[^/]+\/index\.html$/.test(file))
  .sort((a, b) => statSync(join(DIST, b)).size - statSync(join(DIST, a)).size);
if (!article) throw new Error('dist/ has no article page');
const articlePath = `/${article.replace(/index\.html$/, '')}`;
const pages = [
  ['Home', '/en/'],
  ['Article', articlePath],
  // Without a query the page loads no search code; with one it loads Pagefind and runs it.
  ['Search', '/en/search/'],
  ['Search (with a query)', '/en/search/?q=Kazakhstan'],
];

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
if (args.readme) {
  await writeReadmeSection(join(ROOT, 'README.md'), figures);
  console.log('Wrote the figures to README.md (Quality figures).');
}
const misses = missedTargets(measured, MIN_SCORE, JS_BUDGET, HTML_CSS_BUDGET);
if (misses.length > 0) {
  console.error(`Targets missed:\n  ${misses.join('\n  ')}`);
  process.exit(1);
}
