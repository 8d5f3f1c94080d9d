/**
 * Drives Debian's Chromium through playwright-core and measures one run.
 *
 * Exists to get the figures a reader with an empty cache would see: a fresh
 * browser context per cold measurement, the compressed bytes that crossed the
 * network for the first query (CDP Network.loadingFinished encodedDataLength,
 * read through Playwright; the test page itself not counted), the time from
 * the query to its result data, and the results of every query (warm, in the
 * same context).
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../lib/chromium.mjs';
import type { QueryOutcome } from './test-page';

export { CHROMIUM_PATH };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Compressed bytes and requests of the page and its workers, counted while `counting` is on. */
interface Meter {
  counting: boolean;
  bytes: number;
  requests: number;
  /** What was counted: "<path> <bytes>". */
  log: string[];
  /** Counted requests whose size is not known yet. */
  pending: Set<Request>;
}

/**
 * Meters the context's requests, the page's and its dedicated workers' alike:
 * Pagefind fetches its index from a worker, whose requests the page's own CDP
 * target does not report. Playwright attaches to workers and takes a request's
 * size from CDP Network.loadingFinished: responseHeadersSize + responseBodySize
 * is its encodedDataLength, the compressed bytes on the wire. One exception:
 * Chromium reports a worker's own script with its headers only (body 0), so
 * that request's body size is taken from the server (`bodySize`).
 */
function meterNetwork(
  context: BrowserContext,
  page: Page,
  bodySize: (path: string) => number,
): Meter {
  const meter: Meter = { counting: false, bytes: 0, requests: 0, log: [], pending: new Set() };
  const workerScripts = new Set<string>();
  page.on('worker', (worker) => workerScripts.add(worker.url()));
  context.on('request', (request) => {
    if (meter.counting) meter.pending.add(request);
  });
  const finish = async (request: Request, failed: boolean) => {
    if (!meter.pending.has(request)) return;
    let length = 0;
    if (!failed) {
      const sizes = await request.sizes();
      length = sizes.responseHeadersSize + sizes.responseBodySize;
      if (sizes.responseBodySize === 0 && workerScripts.has(request.url())) {
        length += bodySize(new URL(request.url()).pathname);
      }
    }
    meter.bytes += length;
    meter.requests += 1;
    meter.log.push(`${new URL(request.url()).pathname} ${length}`);
    meter.pending.delete(request);
  };
  context.on('requestfinished', (request) => void finish(request, false));
  context.on('requestfailed', (request) => void finish(request, true));
  return meter;
}

/** Waits until every counted request is sized (their events trail the results). */
async function settled(page: Page, meter: Meter): Promise<void> {
  const deadline = Date.now() + 5_000;
  await page.waitForTimeout(100);
  while (meter.pending.size > 0 && Date.now() < deadline) await page.waitForTimeout(50);
  if (meter.pending.size > 0) {
    throw new Error(
      `${meter.pending.size} requests did not finish: ${[...meter.pending].map((r) => r.url()).join(', ')}`,
    );
  }
}

function runQuery(page: Page, term: string): Promise<QueryOutcome> {
  return page.evaluate(
    (t) => (globalThis as unknown as { runQuery(t: string): Promise<QueryOutcome> }).runQuery(t),
    term,
  );
}

export interface ColdQuery extends QueryOutcome {
  bytes: number;
  requests: number;
  /** The requests counted, "<path> <bytes>". */
  log: string[];
  /** Body bytes the server sent for the query, to cross-check `bytes`. */
  serverBytes: number;
}

/**
 * Opens `pageUrl` in a fresh context and runs `terms` in order; the first one
 * is metered; `server` is the static server, to cross-check and fill in sizes.
 */
export async function measureRun(
  browser: Browser,
  pageUrl: string,
  terms: string[],
  server: { bytesSent(): number; bodySize(path: string): number },
): Promise<{ first: ColdQuery; outcomes: QueryOutcome[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const meter = meterNetwork(context, page, (path) => server.bodySize(path));
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.waitForFunction(() => 'testPageReady' in globalThis);
    await page.waitForTimeout(200);
    const serverBefore = server.bytesSent();
    meter.counting = true;
    const outcomes: QueryOutcome[] = [await runQuery(page, terms[0]!)];
    await settled(page, meter);
    meter.counting = false;
    const first: ColdQuery = {
      ...outcomes[0]!,
      bytes: meter.bytes,
      requests: meter.requests,
      log: meter.log,
      serverBytes: server.bytesSent() - serverBefore,
    };
    for (const term of terms.slice(1)) outcomes.push(await runQuery(page, term));
    return { first, outcomes };
  } finally {
    await context.close();
  }
}
