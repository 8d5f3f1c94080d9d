import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  inflatedResponse,
  inflatePagefindNatively,
} from '../../src/scripts/pagefind-native-inflate';

/** A Pagefind file's inflated bytes: its signature, then its data. */
const INFLATED = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('{"content":"Moskau"}')]);

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

/** A `fetch` that answers every URL with `body` and `status`, and records the URLs. */
function fakeFetch(body: Buffer, status = 200) {
  const asked: string[] = [];
  const scope = {
    fetch: (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response(new Uint8Array(body), { status });
    }) as typeof fetch,
  };
  return { scope, asked };
}

describe('inflatedResponse', () => {
  test('inflates a gzip body and keeps the status and headers', async () => {
    const response = await inflatedResponse(
      new Response(new Uint8Array(gzipSync(INFLATED)), { status: 200, headers: { 'x-a': '1' } }),
    );
    expect(await bytesOf(response)).toEqual(INFLATED);
    expect([response.status, response.headers.get('x-a')]).toEqual([200, '1']);
  });

  test('passes on a body the browser already inflated (a host sent Content-Encoding: gzip)', async () => {
    expect(await bytesOf(await inflatedResponse(new Response(new Uint8Array(INFLATED))))).toEqual(
      INFLATED,
    );
  });

  test('fails where the body is read when the gzip is corrupt, and nowhere else', async () => {
    const corrupt = Buffer.concat([gzipSync(INFLATED).subarray(0, 12), Buffer.from('not deflate')]);
    const response = await inflatedResponse(new Response(new Uint8Array(corrupt)));
    await expect(response.arrayBuffer()).rejects.toThrow();
  });
});

describe('inflatePagefindNatively', () => {
  test("inflates Pagefind's files, whatever their query string", async () => {
    const { scope, asked } = fakeFetch(gzipSync(INFLATED));
    inflatePagefindNatively(scope);
    for (const url of [
      '/pagefind/de/fragment/de_1a2b.pf_fragment',
      '/pagefind/de/index/de_3c4d.pf_index?ts=1',
      '/pagefind/de/pagefind.de_5e6f.pf_meta',
      '/pagefind/de/filter/de_7a8b.pf_filter',
      '/pagefind/de/wasm.de.pagefind',
    ]) {
      expect(await bytesOf(await scope.fetch(url))).toEqual(INFLATED);
    }
    expect(asked).toHaveLength(5);
  });

  test('hands the inflated index chunks, and only those, to onIndexChunk', async () => {
    const { scope } = fakeFetch(gzipSync(INFLATED));
    const chunks: [string, Buffer][] = [];
    inflatePagefindNatively(scope, (url, bytes) => chunks.push([url, Buffer.from(bytes)]));
    expect(await bytesOf(await scope.fetch('/pagefind/de/index/de_3c4d.pf_index'))).toEqual(
      INFLATED,
    );
    await scope.fetch('/pagefind/de/fragment/de_1a2b.pf_fragment');
    expect(chunks).toEqual([['/pagefind/de/index/de_3c4d.pf_index', INFLATED]]);
  });

  test('leaves every other file and every failed response as it came', async () => {
    const gzipped = gzipSync(INFLATED);
    const { scope } = fakeFetch(gzipped);
    inflatePagefindNatively(scope);
    expect(await bytesOf(await scope.fetch('/search-equivalents/6n.json'))).toEqual(gzipped);
    const failed = fakeFetch(gzipped, 404);
    inflatePagefindNatively(failed.scope);
    const response = await failed.scope.fetch('/pagefind/de/fragment/de_1a2b.pf_fragment');
    expect([response.status, await bytesOf(response)]).toEqual([404, gzipped]);
  });
});
