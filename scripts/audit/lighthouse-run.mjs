// Runs Lighthouse on pages of the local server with Debian's Chromium, which
// chrome-launcher finds through CHROME_PATH. Nothing may leave this machine:
// Chromium's own traffic is off (the flags the browser tests use), every host
// name but the local server's address fails to resolve, and each report's list
// of network requests is checked to contain only the local server.
import { mkdirSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Where Debian installs Chromium; CHROME_PATH overrides it. */
export const CHROME_PATH = process.env.CHROME_PATH || CHROMIUM_PATH;

/** The project's headless flags (scripts/lib/chromium.mjs), plus the resolver lock. */
const CHROME_FLAGS = [
  ...CHROMIUM_ARGS,
  // Any host name but the loopback address resolves to nothing: no download can happen.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** The categories printed, in order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** One Lighthouse run of `url`; throws if the page fails to load or reaches outside `origin`. */
async function audit(url, port, origin) {
  const run = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = run;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const outside = (lhr.audits['network-requests']?.details?.items ?? [])
    .map((r) => r.url)
    .filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
  if (outside.length > 0)
    throw new Error(`${url} requested outside the local server:\n${outside.join('\n')}`);
  return lhr;
}

/** The four category scores of a report, 0-100. */
const scoresOf = (lhr) =>
  Object.fromEntries(
    CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
  );

/** Audits that weigh in a category score and did not pass, to say what to fix. */
const failedAudits = (lhr) =>
  CATEGORIES.flatMap((id) =>
    lhr.categories[id].auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 0.9)
      .map(
        (ref) =>
          `${id}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`,
      ),
  );

/**
 * Audits each URL `runs` times in one Chromium and keeps the run with the
 * median performance score (Lighthouse's advice against its own run-to-run
 * variance, which is large on a busy machine). Returns, per URL, its four
 * category scores (0-100) and the failed audits that cost points. The kept
 * reports are written to `reportDir` as JSON, to look into when a score drops.
 */
export async function runLighthouse(urls, origin, reportDir, runs = 3) {
  mkdirSync(reportDir, { recursive: true });
  process.env.CHROME_PATH = CHROME_PATH;
  const chrome = await launch({
    chromePath: CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  const results = [];
  try {
    for (const url of urls) {
      const reports = [];
      for (let i = 0; i < runs; i++) reports.push(await audit(url, chrome.port, origin));
      reports.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
      const lhr = reports[Math.floor(reports.length / 2)];
      const { pathname, search } = new URL(url);
      const name =
        `${pathname}${search}`.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'root';
      writeFileSync(join(reportDir, `${name}.json`), JSON.stringify(lhr, null, 1));
      results.push({
        url,
        scores: scoresOf(lhr),
        performanceRuns: reports.map((r) => Math.round(r.categories.performance.score * 100)),
        failed: failedAudits(lhr),
        version: lhr.lighthouseVersion,
      });
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
