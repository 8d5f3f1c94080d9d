/**
 * Search works under `npm run dev`: the dev server serves the last build's
 * index (src/integrations/dev-search.ts), which global-setup made sure exists,
 * and the first page a reader opens is not reloaded under them
 * (src/astro-patches/no-reload-before-first-page.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from './browser';
import { readContent } from './content';
import { ROOT } from './paths';

/** A free port on 127.0.0.1. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The variables Vitest sets in its own process (`VITEST`, `TEST`, `NODE_ENV`,
 * `MODE`, and `BASE_URL`, `DEV`, `PROD`, `SSR` for `import.meta.env`). A user's
 * `npm run dev` has none of them, and they change what Astro does: with
 * `VITEST` set its dev server serves no pages at all ("Cannot GET").
 */
const VITEST_VARIABLES = /^(?:VITEST(?:_.*)?|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR)$/;

/** This process's environment as a user's shell would have it. */
function userEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name)),
  );
}

/** The longest word of a text (letters only), the kind of word a reader would search for. */
function longestWord(text: string): string {
  return (text.match(/\p{L}+/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
}

describe('search under npm run dev', () => {
  let url = '';
  const open = useBrowser(() => url);
  let dev: ChildProcess | undefined;
  let output = '';

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // `astro dev` as `npm run dev` runs it; `--ignore-lock` so that a dev
    // server the user already runs on this checkout neither stops this one
    // (Astro allows one per project) nor is stopped by it.
    dev = spawn(
      process.execPath,
      [
        'node_modules/astro/bin/astro.mjs',
        'dev',
        '--ignore-lock',
        '--host',
        '127.0.0.1',
        '--port',
        String(port),
      ],
      {
        cwd: ROOT,
        // No network in tests: no telemetry, and no look-up of Astro's latest version.
        env: {
          ...userEnvironment(),
          ASTRO_TELEMETRY_DISABLED: '1',
          ASTRO_DISABLE_UPDATE_CHECK: 'true',
        },
        detached: true,
      },
    );
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes(`${url}/`)) resolve();
      };
      dev!.stdout!.on('data', onData);
      dev!.stderr!.on('data', onData);
      dev!.once('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
    });
  }, 120_000);

  afterAll(async () => {
    if (!dev?.pid || dev.exitCode !== null) return;
    const exited = new Promise((resolve) => dev!.once('exit', resolve));
    // The dev server and the processes it started, by their group.
    process.kill(-dev.pid, 'SIGTERM');
    await exited;
  });

  test('says at start which index it searches', () => {
    expect(output).toContain('Search uses the index of the last build');
  });

  test('a reader who types a word of an article sees that article in the results, on the first page load', async () => {
    const articles = readContent();
    const article = articles[0]!;
    const word = longestWord(article.title);
    const { page } = await open();
    // Documents the server sent: a reload gets another, even one that
    // interrupts the first load before its `load` event.
    let documents = 0;
    page.on('response', (response) => {
      const request = response.request();
      if (request.frame() === page.mainFrame() && request.resourceType() === 'document')
        documents++;
    });
    // Generous waits: the dev server compiles the page and its scripts on
    // this first visit. On a fresh clone the first connection was once reset
    // (no document came back) while the new dev server settled; the reader
    // then opens the page again, and so does the test, once.
    const visit = () => page.goto(`${url}/en/search/`, { timeout: 90_000 });
    await visit().catch(async (error: Error) => {
      if (!/ERR_CONNECTION_RESET|ERR_CONNECTION_REFUSED/.test(error.message)) throw error;
      await page.waitForTimeout(2_000);
      await visit();
    });
    await page.fill('#search-input', word);
    await page.waitForSelector('#search-results:is([data-state="done"], [data-state="error"])', {
      state: 'attached',
      timeout: 90_000,
    });
    expect(
      await page.getAttribute('#search-results', 'data-state'),
      (await page.textContent('#search-status')) ?? '',
    ).toBe('done');
    const found = await page.$$eval('.result__title a', (links) =>
      links.map((a) => new URL(a.getAttribute('href')!, 'http://x').pathname),
    );
    expect(found, `results for "${word}"`).toContain(article.path);
    for (const path of found) expect(articles.map((a) => a.path)).toContain(path);
    // What the reader typed is still there: the page was not reloaded under them.
    expect(await page.inputValue('#search-input')).toBe(word);
    expect(documents, 'pages loaded').toBe(1);
  }, 200_000);
});
