import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_SEARCH_MISSING, devSearch } from '../../src/integrations/dev-search';
import { PAGE_LANGUAGES_FILE } from '../../src/lib/search/page-languages';
import { useTempDirs } from '../fixtures/temp-dirs';

type Middleware = (request: { url?: string }, response: FakeResponse, next: () => void) => void;

interface FakeResponse {
  statusCode: number;
  headers: Record<string, string>;
  body?: string;
  setHeader(name: string, value: string): void;
  end(body: string | Buffer): void;
}

/** Starts the integration on a fake dev server; returns what it logged and a way to request a URL. */
function start(indexDir: string) {
  const logged: { level: string; message: string }[] = [];
  let middleware: Middleware | undefined;
  const setup = devSearch(indexDir).hooks['astro:server:setup'] as unknown as (
    params: unknown,
  ) => void;
  setup({
    server: { middlewares: { use: (handler: Middleware) => (middleware = handler) } },
    logger: {
      info: (message: string) => logged.push({ level: 'info', message }),
      warn: (message: string) => logged.push({ level: 'warn', message }),
    },
  });
  const request = (url: string) => {
    const response: FakeResponse = {
      statusCode: 200,
      headers: {},
      setHeader(name, value) {
        this.headers[name.toLowerCase()] = value;
      },
      end(body) {
        this.body = body.toString();
      },
    };
    let passed = false;
    middleware!({ url }, response, () => (passed = true));
    return { ...response, passed };
  };
  return { logged, request };
}

const tempDir = useTempDirs();
/** A new empty folder, removed after the test. */
const folder = () => tempDir('dev-search-');

describe('devSearch', () => {
  it('with no built index, says at start what to run and answers index requests with it', () => {
    const { logged, request } = start(folder());
    expect(logged).toEqual([{ level: 'warn', message: DEV_SEARCH_MISSING }]);
    expect(DEV_SEARCH_MISSING).toContain('npm run build');
    const answer = request(`/pagefind/${PAGE_LANGUAGES_FILE}`);
    expect(answer.statusCode).toBe(404);
    expect(answer.body).toBe(DEV_SEARCH_MISSING);
  });

  it("serves the last build's index files, with their types, and leaves other URLs to Astro", () => {
    const index = folder();
    writeFileSync(join(index, PAGE_LANGUAGES_FILE), '{}');
    mkdirSync(join(index, 'en'));
    writeFileSync(join(index, 'en', 'pagefind.js'), 'export {};');
    const { logged, request } = start(index);
    expect(logged[0]?.level).toBe('info');
    expect(logged[0]?.message).toContain('Search uses the index of the last build');
    const table = request(`/pagefind/${PAGE_LANGUAGES_FILE}?ts=1`);
    expect([table.statusCode, table.body]).toEqual([200, '{}']);
    expect(table.headers['content-type']).toMatch(/^application\/json/);
    expect(request('/pagefind/en/pagefind.js').headers['content-type']).toMatch(
      /^text\/javascript/,
    );
    expect(request('/en/search/').passed).toBe(true);
  });

  it('serves nothing outside the index folder', () => {
    const parent = folder();
    const index = join(parent, 'pagefind');
    mkdirSync(index);
    writeFileSync(join(index, PAGE_LANGUAGES_FILE), '{}');
    writeFileSync(join(parent, 'secret.txt'), 'secret');
    const { request } = start(index);
    for (const url of ['/pagefind/../secret.txt', '/pagefind/%2e%2e/secret.txt']) {
      const answer = request(url);
      expect(answer.statusCode, url).toBe(404);
      expect(answer.body, url).not.toContain('secret');
    }
  });

  it("serves the last build's table of equivalents, beside its index, and nothing outside it", () => {
    const parent = folder();
    const index = join(parent, 'pagefind');
    mkdirSync(index);
    writeFileSync(join(index, PAGE_LANGUAGES_FILE), '{}');
    mkdirSync(join(parent, 'search-equivalents'));
    writeFileSync(join(parent, 'search-equivalents', '6n.json'), '{"war":[]}');
    writeFileSync(join(parent, 'secret.txt'), 'secret');
    const { request } = start(index);
    const shard = request('/search-equivalents/6n.json');
    expect([shard.statusCode, shard.body]).toEqual([200, '{"war":[]}']);
    expect(shard.headers['content-type']).toMatch(/^application\/json/);
    expect(request('/search-equivalents/zz.json').statusCode).toBe(404);
    const outside = request('/search-equivalents/../secret.txt');
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('secret');
  });
});
