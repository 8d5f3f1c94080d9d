// A static server for dist/ that behaves like a production static host, so the
// audit measures what readers would get: `/de/` serves `/de/index.html`, a
// missing page gets 404.html with status 404, text is gzip-compressed when the
// browser accepts it, and Astro's content-hashed files in /_astro/ are cached
// for a year (their name changes whenever their content does). Pagefind's
// index files are already gzip-compressed by Pagefind and are sent as they
// are. Based on tests/e2e/global-setup.ts, which serves uncompressed files.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};
/** Compressing these helps; fonts and images are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.xml',
  '.txt',
  '.svg',
  '.wasm',
]);

/** The file a URL path resolves to in `root`, as a static host resolves it; undefined when none. */
function resolveFile(root, pathname) {
  const path = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  if (!path.startsWith(root + sep)) return undefined;
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

/**
 * Serves `root` on 127.0.0.1 on a free port. Resolves with its origin and a
 * `close()`; `requests` lists every path asked for, to prove what was loaded.
 */
export function serveDist(root) {
  const cache = new Map();
  const requests = [];
  const server = createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return res.writeHead(400).end();
    }
    requests.push(pathname);
    let file = resolveFile(root, pathname);
    let status = 200;
    if (!file && !pathname.endsWith('/') && resolveFile(root, `${pathname}/`))
      return res.writeHead(301, { location: `${pathname}/` }).end();
    if (!file) [file, status] = [join(root, '404.html'), 404];
    const ext = extname(file).toLowerCase();
    const headers = {
      'content-type': ext.startsWith('.pf_')
        ? 'application/octet-stream'
        : (TYPES[ext] ?? 'application/octet-stream'),
      'cache-control': pathname.startsWith('/_astro/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    let body = readFileSync(file);
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      if (!cache.has(file)) cache.set(file, gzipSync(body, { level: 9 }));
      body = cache.get(file);
      Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
    }
    res.writeHead(status, { ...headers, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        requests,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
