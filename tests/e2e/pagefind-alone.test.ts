/**
 * The benchmark's floor measurement (scripts/bench/measure-pagefind-alone.mjs)
 * on the built site: Pagefind's own browser API, every language bundle merged,
 * must find what the site's search finds in the same bundles, or the floor it
 * reports beside the site's figures would be the time of failing searches.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { measurePagefindAlone } from '../../scripts/bench/measure-pagefind-alone.mjs';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve-static.mjs';
import { DIST_DIR } from './paths';

/** What the measurement returns, as far as the test reads it. */
interface AloneResult {
  measured: boolean;
  first: { count: number; runsMs: number[] };
  later: { query: string; count: number }[];
  laterSummary: { searches: number; medianMs: number };
  deepLink: { count: number; runsMs: number[] };
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic(DIST_DIR);
});
afterAll(() => server?.close());

describe('measurePagefindAlone', () => {
  test('searches every bundle and times each search', async () => {
    const bundles = readdirSync(join(DIST_DIR, 'pagefind'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/pagefind/${entry.name}/`);
    expect(bundles.length).toBeGreaterThan(1);
    const result = (await measurePagefindAlone({
      baseUrl: server.url,
      bundles,
      // Each later query is written so in one language's articles only: both are
      // found only if every bundle was merged.
      firstQuery: 'Kazakhstan',
      laterQueries: ['Казахстан', 'Kasachstan'],
      deepLinkQuery: 'Kasachstan',
      shown: 10,
      runs: 2,
    })) as AloneResult;
    expect(result.measured).toBe(true);
    expect(result.first.count).toBeGreaterThan(0);
    expect(result.first.runsMs).toHaveLength(2);
    expect(result.later.map(({ query, count }) => [query, count > 0])).toEqual([
      ['Казахстан', true],
      ['Kasachstan', true],
    ]);
    expect(result.laterSummary.searches).toBe(4);
    // A page just opened: its search ends after the page's own load.
    expect(result.deepLink.count).toBeGreaterThan(0);
    expect(result.deepLink.runsMs).toHaveLength(2);
    expect(Math.min(...result.deepLink.runsMs)).toBeGreaterThan(0);
    expect(result.laterSummary.medianMs).toBeGreaterThan(0);
  }, 60_000);
});
