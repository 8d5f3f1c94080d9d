// The floor under the site's searches: the same queries on the same Pagefind
// bundles, run the way a plain Pagefind site runs them, with Pagefind's
// documented browser API and nothing of this site's: one page, every language
// bundle merged into the first (`mergeIndex`), `search(query)`, then `data()`
// of as many results as the site's results list shows at once. No search keys, no
// equivalents, no chunks loaded ahead, no check of each language's first
// match, no excerpts of our own. What the site's search takes above this is
// the site's; what this takes, Pagefind takes on this machine whatever the
// site does (docs/performance.md).
/* global performance */
import { launchBareChromium } from './bare-chromium.mjs';
import { summarise } from './measure-search.mjs';

/**
 * In the page, once `globalThis.pagefindAlone` holds the first bundle's
 * pagefind.js: merges the other bundles, then times each query.
 */
function runInPage(bundles, shown, first, later) {
  const [own, ...others] = bundles;
  const timed = async (pagefind, query) => {
    const start = performance.now();
    const { results } = await pagefind.search(query);
    await Promise.all(results.slice(0, shown).map((result) => result.data()));
    return { query, count: results.length, ms: performance.now() - start };
  };
  return (async () => {
    const pagefind = globalThis.pagefindAlone;
    await pagefind.options({ basePath: own });
    for (const bundle of others) await pagefind.mergeIndex(bundle);
    await pagefind.init();
    const firstTimed = await timed(pagefind, first);
    const laterTimed = [];
    for (const query of later) laterTimed.push(await timed(pagefind, query));
    return { first: firstTimed, later: laterTimed };
  })();
}

/**
 * In a page just loaded, given pagefind.js: merges the bundles, searches
 * `query` and fetches its shown results' data at once, as a `?q=` link would;
 * the time is from the page's navigation start.
 */
async function runColdInPage(pagefind, bundles, shown, query) {
  const [own, ...others] = bundles;
  await pagefind.options({ basePath: own });
  for (const bundle of others) await pagefind.mergeIndex(bundle);
  const { results } = await pagefind.search(query);
  await Promise.all(results.slice(0, shown).map((result) => result.data()));
  return { count: results.length, ms: performance.now() };
}

/**
 * Times `firstQuery` (the first search of a fresh page, Pagefind loaded) and
 * then `laterQueries` in the same page, and `deepLinkQuery` in a page of its
 * own from navigation start, `runs` times, each in a fresh browser context.
 * `bundles` are the bundle folders' URL paths (`/pagefind/de/`, …); `shown`
 * is how many results' data each search fetches.
 */
export async function measurePagefindAlone({
  baseUrl,
  bundles,
  firstQuery,
  laterQueries,
  deepLinkQuery,
  shown,
  runs = 3,
}) {
  // Imported from a string: a function's own `import()` may be rewritten by
  // the tool that loaded this module (Vite in the tests).
  const imported = `import(${JSON.stringify(`${bundles[0]}pagefind.js`)})`;
  const browser = await launchBareChromium();
  try {
    const all = [];
    const deepLink = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      // Any page of the site: the bundles are fetched from its origin.
      await page.goto(`${baseUrl}/404.html`);
      await page.evaluate(`${imported}.then((m) => { globalThis.pagefindAlone = m; })`);
      all.push(
        await page.evaluate(
          `(${runInPage})(${JSON.stringify(bundles)}, ${shown}, ${JSON.stringify(firstQuery)}, ${JSON.stringify(laterQueries)})`,
        ),
      );
      await page.close();
      if (deepLinkQuery === undefined) continue;
      const cold = await browser.newPage();
      await cold.goto(`${baseUrl}/404.html`);
      deepLink.push(
        await cold.evaluate(
          `${imported}.then((m) => (${runColdInPage})(m, ${JSON.stringify(bundles)}, ${shown}, ${JSON.stringify(deepLinkQuery)}))`,
        ),
      );
      await cold.close();
    }
    return {
      measured: true,
      first: { query: firstQuery, runsMs: all.map((r) => r.first.ms), count: all[0].first.count },
      ...(deepLink.length
        ? {
            deepLink: {
              query: deepLinkQuery,
              runsMs: deepLink.map((r) => r.ms),
              count: deepLink[0].count,
            },
          }
        : {}),
      later: laterQueries.map((query, i) => ({
        query,
        count: all[0].later[i].count,
        runsMs: all.map((r) => r.later[i].ms),
      })),
      laterSummary: summarise(all.flatMap((r) => r.later.map((m) => m.ms))),
    };
  } finally {
    await browser.close();
  }
}
