// The audit's figures as Markdown, for the terminal and README.md.
import { cpus, loadavg } from 'node:os';
import { CATEGORIES } from './lighthouse-run.mjs';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The figures: a table of the four Lighthouse scores per page (with every
 * performance run, since they vary) and the article page's byte budgets.
 */
export function formatFigures({ pages, results, budget, articlePath, runs }) {
  const rows = results.map(
    (r, i) =>
      `| ${pages[i][0]} | \`${decodeURI(pages[i][1])}\` | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.performanceRuns.join(', ')} |`,
  );
  return [
    `Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run audit\` with Lighthouse ${results[0].version}`,
    `(mobile: simulated slow 4G and 4× CPU slowdown), Debian's Chromium, no network, on the built`,
    `site served with gzip. Each page is run ${runs} times; the table shows the run with the median`,
    `performance score (load average at the end: ${loadavg()[0].toFixed(1)} on ${cpus().length} cores; a busy`,
    'machine lowers the performance scores).',
    '',
    `| Page | Path | ${CATEGORIES.join(' | ')} | performance runs |`,
    `| --- | --- | ${CATEGORIES.map(() => '---:').join(' | ')} | --- |`,
    ...rows,
    '',
    `Article page \`${articlePath}\` (the largest):`,
    '',
    `- JavaScript before search is used: ${budget.js === 0 ? '0 bytes' : kb(budget.js)} (budget: none, or ≤ 15 KB gzip)`,
    `- HTML + CSS, gzip: ${kb(budget.htmlCss)} (HTML ${kb(budget.html)}, CSS ${kb(budget.css)}; budget ≤ 40 KB)`,
  ].join('\n');
}

/** The targets missed: a score below `minScore`, or a byte budget exceeded. */
export function missedTargets({ pages, results, budget }, minScore, jsBudget, htmlCssBudget) {
  return [
    ...results.flatMap((r, i) =>
      CATEGORIES.filter((c) => r.scores[c] < minScore).map(
        (c) => `${pages[i][0]}: ${c} ${r.scores[c]} < ${minScore}`,
      ),
    ),
    ...(budget.js > jsBudget ? [`article JavaScript ${kb(budget.js)} > ${kb(jsBudget)}`] : []),
    ...(budget.htmlCss > htmlCssBudget
      ? [`article HTML + CSS ${kb(budget.htmlCss)} > ${kb(htmlCssBudget)}`]
      : []),
  ];
}
