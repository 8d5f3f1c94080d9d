/**
 * Lets the browser's own gzip decoder inflate Pagefind's files instead of
 * Pagefind's JavaScript one.
 *
 * Why: Pagefind's index chunks, fragments, metadata and WebAssembly are gzip
 * files, and pagefind.js inflates each in JavaScript on the thread that
 * searches, unless the bytes it gets already start with its signature
 * (`pagefind_dcd`), as they do when a host sends them with
 * `Content-Encoding: gzip`. Few static hosts do (GitHub Pages cannot). In a
 * first search at 10,000 articles that inflating was a large part of the time
 * between the chunks' arrival and the search (docs/performance.md); the
 * browser's `DecompressionStream` does it in native code.
 *
 * What it assumes of Pagefind (tests/e2e/pagefind-native-inflate.test.ts
 * checks each against the pagefind.js and files of the last build): it
 * fetches its files with the global `fetch`; their inflated bytes start with
 * the signature; and it skips its own inflating when they do. It can go when
 * Pagefind inflates with `DecompressionStream` itself.
 *
 * The same fetch hands the inflated index chunks to `onIndexChunk`, which
 * records their words (loaded-words.ts).
 */

/** Pagefind's gzip files: index chunks, fragments, metadata, filters, WebAssembly. */
export const PAGEFIND_GZIP_FILE = /\.(?:pf_index|pf_fragment|pf_meta|pf_filter|pagefind)(?:[?#]|$)/;

/** The first two bytes of every gzip file. */
const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** The URL a `fetch` call asks for. */
function urlOf(input: RequestInfo | URL): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * The response with its body inflated, when it is still gzip; a host that
 * sent it with `Content-Encoding: gzip` had the browser inflate it already.
 */
export async function inflatedResponse(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  };
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1]) return new Response(bytes, init);
  // Written straight into the decoder: a Blob would be one more copy, through the browser process.
  const inflate = new DecompressionStream('gzip');
  const writer = inflate.writable.getWriter();
  // A corrupt file fails where its body is read (Pagefind reports it there);
  // the writer's promises would only fail again, unhandled.
  const ignore = () => undefined;
  writer.write(bytes).catch(ignore);
  writer.close().catch(ignore);
  return new Response(inflate.readable, init);
}

/** Pagefind's index chunks. */
const INDEX_CHUNK = /\.pf_index(?:[?#]|$)/;

/**
 * Wraps `scope.fetch` (the search worker's) so that Pagefind's files arrive
 * inflated, and gives each index chunk's inflated bytes to `onIndexChunk`.
 * Browsers without `DecompressionStream` keep Pagefind's own.
 */
export function inflatePagefindNatively(
  scope: { fetch: typeof fetch },
  onIndexChunk?: (url: string, bytes: Uint8Array) => void,
): void {
  if (typeof DecompressionStream === 'undefined') return;
  const fetchAsBefore = scope.fetch.bind(scope);
  scope.fetch = async (input, init) => {
    const response = await fetchAsBefore(input, init);
    const url = urlOf(input);
    if (!response.ok || !PAGEFIND_GZIP_FILE.test(url)) return response;
    const inflated = await inflatedResponse(response);
    if (!onIndexChunk || !INDEX_CHUNK.test(url)) return inflated;
    // Pagefind reads the whole file at once anyway: read here, then handed on.
    const bytes = new Uint8Array(await inflated.arrayBuffer());
    onIndexChunk(url, bytes);
    const { status, statusText, headers } = inflated;
    return new Response(bytes, { status, statusText, headers });
  };
}
