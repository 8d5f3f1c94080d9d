// Browser figures of the site search, as a reader with an empty cache gets
// them, against the search page contract
//   /<ui>/search/ · input #search-input · results #search-results whose
//   data-state becomes "done" when results (or "no results") for the current
//   query are rendered · ?q= in the URL starts a search.
// Two passes over the same searches, each query in a fresh browser context
// (empty cache), later searches in the first one (index and scripts warm):
// - bytes: Debian's Chromium through playwright-core, summing the compressed
//   bytes that crossed the network (CDP Network.loadingFinished
//   encodedDataLength, as Playwright reports it for the page and its workers),
//   split into the page load and what the query fetched;
// - time: from typing a query to data-state="done" (timed inside the page with
//   performance.now()), in a bare Chromium without that network tracking
//   (bare-chromium.mjs says why); the tracked pass's times are kept beside them.
/* global document, window, performance, MutationObserver, PerformanceObserver, InputEvent, fetch, setTimeout, clearTimeout, requestAnimationFrame */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';
import { launchBareChromium } from './bare-chromium.mjs';

export { CHROMIUM_PATH };

/**
 * Runs in the page before any of its scripts: records the time of every
 * change of #search-results to data-state="done" in window.__benchDone.
 */
export function recordDoneStates() {
  window.__benchDone = [];
  new MutationObserver((records) => {
    for (const r of records) {
      // "refused": the page's answer to a query of common words only ("gegen"), at once.
      const state = r.target.getAttribute('data-state');
      if (r.target.id === 'search-results' && (state === 'done' || state === 'refused')) {
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

/**
 * Runs in the page: types `query` into #search-input (one input event, as a
 * paste) and resolves with the time to data-state="done", the result links and
 * the number of results.
 */
export function typeQuery(query) {
  const input = document.querySelector('#search-input');
  const start = performance.now();
  input.focus();
  input.value = query;
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }),
  );
  return new Promise((resolve) => {
    // A search that shows nothing in 30 s is counted at 30 s (and named in the
    // report), not allowed to stop the other measurements.
    const timeout = setTimeout(
      () => resolve({ ms: 30_000, timedOut: true, links: 0, count: undefined, steps: {} }),
      30_000,
    );
    const check = () => {
      const done = window.__benchDone.find((t) => t >= start);
      if (done === undefined) return void requestAnimationFrame(check);
      clearTimeout(timeout);
      const results = document.querySelector('#search-results');
      const links = results.querySelectorAll('a[href]').length;
      const steps = JSON.parse(results.dataset.steps ?? '{}');
      resolve({ ms: done - start, links, count: Number(results.dataset.count), steps });
    };
    check();
  });
}

/** Runs in the page: resolves with the time from navigation start to the first results. */
function firstDone() {
  return new Promise((resolve, reject) => {
    const timeout = setTimeout(() => reject(new Error('no results')), 30_000);
    const check = () => {
      if (window.__benchDone.length === 0) return void requestAnimationFrame(check);
      clearTimeout(timeout);
      resolve(window.__benchDone[0]);
    };
    check();
  });
}

/**
 * Runs in the page: types `query` one character at a time with `pauseMs`
 * between keystrokes, as a reader does. Resolves with the time from the last
 * keystroke to its results (answers to the earlier prefixes are dropped by the
 * page), how late each keystroke's timer fired and how long each input event's
 * handlers ran (both show whether the page kept up), and the main thread's
 * long tasks (over 50 ms) during the run.
 */
function typeSlowly({ query, pauseMs }) {
  const input = document.querySelector('#search-input');
  const results = document.querySelector('#search-results');
  const type = (value, data) => {
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data }));
  };
  input.focus();
  type('', null);
  const chars = [...query];
  const longTasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
  });
  observer.observe({ type: 'longtask' });
  return new Promise((resolve, reject) => {
    const lateMs = [];
    const handlerMs = [];
    let typed = 0;
    let due = performance.now() + pauseMs;
    const timeout = setTimeout(() => reject(new Error(`no results for "${query}"`)), 30_000);
    const keystroke = () => {
      lateMs.push(performance.now() - due);
      typed += 1;
      const start = performance.now();
      type(chars.slice(0, typed).join(''), chars[typed - 1]);
      handlerMs.push(performance.now() - start);
      if (typed < chars.length) {
        due = performance.now() + pauseMs;
        setTimeout(keystroke, pauseMs);
        return;
      }
      const check = () => {
        const done = window.__benchDone.find((t) => t >= start);
        if (done === undefined) return void requestAnimationFrame(check);
        clearTimeout(timeout);
        observer.disconnect();
        resolve({
          query,
          ms: done - start,
          keystrokes: chars.length,
          maxLateMs: Math.max(...lateMs),
          maxHandlerMs: Math.max(...handlerMs),
          longTasks,
          count: Number(results.dataset.count),
        });
      };
      check();
    };
    setTimeout(keystroke, pauseMs);
  });
}

/** The pause between keystrokes of the typing run. */
const KEYSTROKE_PAUSE_MS = 100;

/** How long the bare pass lets a search page settle (load Pagefind) before typing. */
export const SETTLE_MS = 3000;

/**
 * The timing pass: the same searches in a bare Chromium. Returns the times of
 * the first searches, the later searches and the ?q= link, in that order.
 */
async function timeSearches({
  baseUrl,
  ui,
  firstQueries,
  laterQueries,
  deepLinkQuery,
  typingQueries = [],
}) {
  const browser = await launchBareChromium();
  const call = (fn, arg) => `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)})`;
  const init = call(recordDoneStates);
  try {
    const first = [];
    const later = [];
    for (const [index, query] of firstQueries.entries()) {
      const page = await browser.newPage(init);
      try {
        await page.goto(`${baseUrl}/${ui}/search/`);
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        first.push(await page.evaluate(call(typeQuery, query)));
        if (index === 0) {
          for (const q of laterQueries) later.push(await page.evaluate(call(typeQuery, q)));
        }
      } finally {
        await page.close();
      }
    }
    // The typing run: a reader opens the search page and types, one query after another.
    const typing = [];
    if (typingQueries.length) {
      const page = await browser.newPage(init);
      try {
        await page.goto(`${baseUrl}/${ui}/search/`);
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        for (const query of typingQueries) {
          typing.push(
            await page.evaluate(call(typeSlowly, { query, pauseMs: KEYSTROKE_PAUSE_MS })),
          );
        }
      } finally {
        await page.close();
      }
    }
    let deepLinkMs;
    if (deepLinkQuery) {
      const page = await browser.newPage(init);
      try {
        await page.goto(`${baseUrl}/${ui}/search/?q=${encodeURIComponent(deepLinkQuery)}`);
        deepLinkMs = await page.evaluate(call(firstDone));
      } finally {
        await page.close();
      }
    }
    return { first, later, deepLinkMs, typing };
  } finally {
    await browser.close();
  }
}

/**
 * Measures search on the site served at `baseUrl` with the queries of a
 * corpus's query log (query-log.mjs). Returns { measured: false, reason } when
 * the build has no search page yet.
 */
export async function measureSearch({
  baseUrl,
  ui = 'en',
  firstQueries,
  laterQueries,
  deepLinkQuery,
  typingQueries = [],
  serverStats,
}) {
  if (!(await hasSearchPage(baseUrl, ui))) {
    return { measured: false, reason: 'no search page in this build' };
  }
  const queries = { baseUrl, ui, firstQueries, laterQueries, deepLinkQuery };
  // Bytes of later searches: the first few are enough to show what one costs.
  const tracked = await trackSearches({
    ...queries,
    laterQueries: laterQueries.slice(0, TRACKED_LATER),
    serverStats,
  });
  queries.typingQueries = typingQueries;
  const runs = [];
  for (let run = 0; run < TIMING_RUNS; run += 1) runs.push(await timeSearches(queries));
  // Times from the bare passes (the median of each, with every run's time in
  // `runsMs`); the tracked pass's times stay as `trackedMs`.
  const retime = (measured, pick) =>
    measured.map((m, i) => {
      const runsMs = runs.map((run) => pick(run)[i].ms);
      const steps = medianSteps(runs.map((run) => pick(run)[i].steps));
      return { ...m, ms: median(runsMs), runsMs, trackedMs: m.ms, steps };
    });
  const trackedLater = new Map(tracked.later.map((m) => [m.query, m]));
  const later = laterQueries.map((query, i) => {
    const runsMs = runs.map((run) => run.later[i].ms);
    const { count, links } = runs[0].later[i];
    const timedOut = runs.filter((run) => run.later[i].timedOut).length;
    return {
      query,
      count,
      links,
      ...trackedLater.get(query),
      ms: median(runsMs),
      runsMs,
      ...(timedOut ? { timedOut } : {}),
    };
  });
  const typing = typingQueries.map((query, i) => {
    const each = runs.map((run) => run.typing[i]);
    return {
      query,
      keystrokes: each[0].keystrokes,
      count: each[0].count,
      ms: median(each.map((t) => t.ms)),
      runsMs: each.map((t) => t.ms),
      maxLateMs: Math.max(...each.map((t) => t.maxLateMs)),
      maxHandlerMs: Math.max(...each.map((t) => t.maxHandlerMs)),
      longTasks: each.flatMap((t) => t.longTasks),
    };
  });
  const { deepLink } = tracked;
  const deepLinkRunsMs = runs.map((run) => run.deepLinkMs);
  return {
    measured: true,
    first: retime(tracked.first, (run) => run.first),
    later,
    laterSummary: summarise(later.flatMap((m) => m.runsMs)),
    laterSteps: medianSteps(runs.flatMap((run) => run.later.map((m) => m.steps))),
    typing,
    deepLink: deepLink.error
      ? deepLink
      : { ...deepLink, ms: median(deepLinkRunsMs), runsMs: deepLinkRunsMs, trackedMs: deepLink.ms },
  };
}

/**
 * How often the timing pass runs. This machine's speed drifts within minutes
 * (the same first search took 161 ms and 326 ms in two runs of one afternoon),
 * so each time is the median of the runs, and the report lists them all.
 */
const TIMING_RUNS = 3;

/** The median time of each step the search worker reports (see src/scripts/search-steps.ts). */
function medianSteps(all) {
  const names = [...new Set(all.flatMap((steps) => Object.keys(steps ?? {})))];
  return Object.fromEntries(
    names.map((name) => [name, median(all.map((steps) => steps?.[name] ?? 0))]),
  );
}

/** How many later searches the bytes pass tracks. */
const TRACKED_LATER = 5;

/** The value below which a share `p` of the sorted values lie (nearest rank). */
function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Median, 95th percentile and maximum of a list of times. */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    searches: sorted.length,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    maxMs: sorted.at(-1),
  };
}

/** The middle value (the upper one of the two middle values for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** The bytes pass: the searches in Chromium through Playwright, which tracks the network. */
async function trackSearches({
  baseUrl,
  ui,
  firstQueries,
  laterQueries,
  deepLinkQuery,
  serverStats,
}) {
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
        const timing = await page.evaluate(typeQuery, query);
        await networkQuiet(page, tracker);
        const serverBodyBytes = serverStats ? serverStats.bytesSent - sentBefore : undefined;
        first.push({
          query,
          ms: timing.ms,
          links: timing.links,
          count: timing.count,
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
            const t = await page.evaluate(typeQuery, q);
            await networkQuiet(page, tracker, 300);
            later.push({
              query: q,
              ms: t.ms,
              links: t.links,
              count: t.count,
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
        const ms = await page.evaluate(firstDone);
        await networkQuiet(page, tracker);
        deepLink = { query: deepLinkQuery, ms, bytes: tracker.bytes.load ?? 0 };
      } catch (error) {
        deepLink = { query: deepLinkQuery, error: String(error.message ?? error).split('\n')[0] };
      } finally {
        await context.close();
      }
    }
    return { first, later, deepLink };
  } finally {
    await browser.close();
  }
}
