// Browser figures of the site search, as a reader with an empty cache gets
// them: Debian's Chromium through playwright-core, one fresh context per
// first search. Measures, against the search page contract
//   /<ui>/search/ · input #search-input · results #search-results whose
//   data-state becomes "done" when results (or "no results") for the current
//   query are rendered · ?q= in the URL starts a search,
// the time from typing a query to data-state="done" (timed inside the page
// with performance.now()), and the compressed bytes that crossed the network
// (CDP Network.loadingFinished encodedDataLength, as Playwright reports it
// for the page and its workers), split into the page load
// and what the query fetched. Later searches in the same context show the
// cost once the index is warm.
/* global document, window, performance, MutationObserver, InputEvent, fetch */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';

export { CHROMIUM_PATH };
const DONE_TIMEOUT_MS = 30_000;

/**
 * Runs in the page before any of its scripts: records the time of every
 * change of #search-results to data-state="done" in window.__benchDone.
 */
function recordDoneStates() {
  window.__benchDone = [];
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.id === 'search-results' && r.target.getAttribute('data-state') === 'done') {
        window.__benchDone.push(performance.now());
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

/** Whether the built site has a search page that follows the contract. */
export async function hasSearchPage(baseUrl, ui) {
  try {
    const response = await fetch(`${baseUrl}/${ui}/search/`);
    const html = await response.text();
    return response.ok && html.includes('search-input') && html.includes('search-results');
  } catch {
    return false;
  }
}

/**
 * Network accounting of one page: compressed bytes per phase. Pagefind loads
 * its index in a Web Worker, which a page-level CDP session does not see;
 * Playwright attaches to workers too and reports their requests on the page,
 * with sizes taken from CDP's Network.loadingFinished encodedDataLength
 * (response headers + encoded body), so that is what is summed here.
 */
function trackNetwork(page) {
  const tracker = { phase: 'load', bytes: {}, requests: {}, urls: {}, inFlight: new Map() };
  page.on('request', (request) => tracker.inFlight.set(request, tracker.phase));
  const finish = async (request, failed) => {
    const phase = tracker.inFlight.get(request) ?? tracker.phase;
    let length = 0;
    if (!failed) {
      try {
        const sizes = await request.sizes();
        length = sizes.responseHeadersSize + sizes.responseBodySize;
      } catch {
        length = 0;
      }
    }
    tracker.inFlight.delete(request);
    tracker.bytes[phase] = (tracker.bytes[phase] ?? 0) + length;
    tracker.requests[phase] = (tracker.requests[phase] ?? 0) + 1;
    (tracker.urls[phase] ??= []).push(
      `${request.url().replace(/^https?:\/\/[^/]+/, '')} ${length}`,
    );
  };
  page.on('requestfinished', (request) => void finish(request, false));
  page.on('requestfailed', (request) => void finish(request, true));
  return tracker;
}

/** Bytes of a phase's requests by kind: Pagefind (index, wasm, scripts), fonts, everything else. */
function byKind(urls) {
  const kinds = { pagefind: 0, fonts: 0, other: 0 };
  for (const line of urls) {
    const [url, length] = line.split(' ');
    const kind = url.startsWith('/pagefind/')
      ? 'pagefind'
      : /\.(woff2?|ttf|otf)$/.test(url)
        ? 'fonts'
        : 'other';
    kinds[kind] += Number(length);
  }
  return kinds;
}

/** Waits until nothing has been requested for `quietMs` (and nothing is in flight), or `maxMs`. */
async function networkQuiet(page, tracker, quietMs = 500, maxMs = 10_000) {
  const start = Date.now();
  let lastSize = -1;
  let quietSince = Date.now();
  while (Date.now() - start < maxMs) {
    const size = Object.values(tracker.requests).reduce((a, b) => a + b, 0) + tracker.inFlight.size;
    if (size !== lastSize || tracker.inFlight.size > 0) {
      lastSize = size;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(50);
  }
}

/** Types `query` into #search-input (one input event, as a paste) and times it to data-state="done". */
async function timeQuery(page, query) {
  const t0 = await page.evaluate((q) => {
    const input = document.querySelector('#search-input');
    const start = performance.now();
    input.focus();
    input.value = q;
    input.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertText', data: q }),
    );
    return start;
  }, query);
  await page.waitForFunction((start) => window.__benchDone.some((t) => t >= start), t0, {
    timeout: DONE_TIMEOUT_MS,
    polling: 'raf',
  });
  return page.evaluate((start) => {
    const done = window.__benchDone.find((t) => t >= start);
    const results = document.querySelector('#search-results');
    return { ms: done - start, links: results.querySelectorAll('a[href]').length };
  }, t0);
}

/**
 * Measures search on the site served at `baseUrl`. Returns { measured: false,
 * reason } when the build has no search page yet.
 */
export async function measureSearch({
  baseUrl,
  ui = 'en',
  firstQueries = ['Kazakhstan', 'Tokayev'],
  laterQueries = ['Putin', 'Astana', 'sanctions'],
  deepLinkQuery = 'Tokayev',
  serverStats,
}) {
  if (!(await hasSearchPage(baseUrl, ui))) {
    return { measured: false, reason: 'no search page in this build' };
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const first = [];
    const later = [];
    for (const [index, query] of firstQueries.entries()) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        await context.addInitScript(recordDoneStates);
        const page = await context.newPage();
        const tracker = trackNetwork(page);
        await page.goto(`${baseUrl}/${ui}/search/`, { waitUntil: 'load' });
        await page.waitForSelector('#search-input', { timeout: 10_000 });
        await networkQuiet(page, tracker);
        tracker.phase = 'search';
        const sentBefore = serverStats?.bytesSent ?? 0;
        const timing = await timeQuery(page, query);
        await networkQuiet(page, tracker);
        const serverBodyBytes = serverStats ? serverStats.bytesSent - sentBefore : undefined;
        first.push({
          query,
          ms: timing.ms,
          links: timing.links,
          searchBytes: tracker.bytes.search ?? 0,
          searchRequests: tracker.requests.search ?? 0,
          serverBodyBytes,
          searchUrls: (tracker.urls.search ?? []).slice(0, 40),
          searchBytesByKind: byKind(tracker.urls.search ?? []),
          pageBytes: tracker.bytes.load ?? 0,
          pageRequests: tracker.requests.load ?? 0,
        });
        if (index === 0) {
          // Later searches: same reader, index and scripts now warm.
          for (const q of laterQueries) {
            tracker.phase = `later:${q}`;
            const t = await timeQuery(page, q);
            await networkQuiet(page, tracker, 300);
            later.push({
              query: q,
              ms: t.ms,
              links: t.links,
              bytes: tracker.bytes[`later:${q}`] ?? 0,
            });
          }
        }
      } finally {
        await context.close();
      }
    }

    // A search opened from a link (?q=): navigation start to results, cold cache.
    let deepLink;
    if (deepLinkQuery) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        await context.addInitScript(recordDoneStates);
        const page = await context.newPage();
        const tracker = trackNetwork(page);
        await page.goto(`${baseUrl}/${ui}/search/?q=${encodeURIComponent(deepLinkQuery)}`, {
          waitUntil: 'load',
        });
        await page.waitForFunction(() => window.__benchDone.length > 0, null, {
          timeout: DONE_TIMEOUT_MS,
        });
        const ms = await page.evaluate(() => window.__benchDone[0]);
        await networkQuiet(page, tracker);
        deepLink = { query: deepLinkQuery, ms, bytes: tracker.bytes.load ?? 0 };
      } catch (error) {
        deepLink = { query: deepLinkQuery, error: String(error.message ?? error).split('\n')[0] };
      } finally {
        await context.close();
      }
    }
    return { measured: true, first, later, deepLink };
  } finally {
    await browser.close();
  }
}
