// A small static file server for the built site (browser tests, benchmark,
// audit, search comparison), behaving like a
// real static host so the browser figures are honest: /path/ serves
// /path/index.html, text is gzip-compressed (Content-Encoding: gzip), and
// Pagefind's index files, which Pagefind has already gzip-compressed, are
// sent as they are, as application/octet-stream without Content-Encoding
// (Pagefind decompresses them itself). Listens on 127.0.0.1, on a free port.
// Optionally it serves the site under a base path (`/news/`, as built with
// SITE_URL=https://example.org/news/) and sends the headers a deployed site
// gets (deploy/headers.json: security headers and cache lifetimes).
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor } from './site-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};
/** Already gzip-compressed by Pagefind: served byte for byte. */
const PRECOMPRESSED = new Set(['.pf_fragment', '.pf_index', '.pf_meta', '.pf_filter', '.pagefind']);
const COMPRESSIBLE = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.svg',
  '.xml',
  '.txt',
  '.webmanifest',
  '.wasm',
]);

/**
 * Serves `root` at `base` (`/` by default, or e.g. `/news/`), with the deployed
 * site's headers when `siteHeaders` is set. Resolves with { url, server,
 * close(), stats } once listening (`url` is the origin, without the base);
 * `stats` counts requests and bytes sent, to cross-check the browser's figures.
 */
export function serveStatic(root, { base = '/', siteHeaders = false } = {}) {
  const gzipCache = new Map();
  const stats = { requests: 0, bytesSent: 0 };
  const mount = base.endsWith('/') ? base : `${base}/`;
  const server = createServer((req, res) => {
    stats.requests++;
    /** The path below the base, for the headers of deploy/headers.json. */
    let below = '';
    const send = (status, headers, body) => {
      stats.bytesSent += body.length;
      res.writeHead(status, {
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        ...(siteHeaders ? headersFor(below) : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(400, { 'Content-Type': 'text/plain' }, Buffer.from('Bad request'));
    }
    if (`${pathname}/` === mount) return send(301, { Location: mount }, Buffer.alloc(0));
    if (!pathname.startsWith(mount)) {
      return send(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found'));
    }
    below = pathname.slice(mount.length);
    const file = normalize(
      join(root, below === '' || below.endsWith('/') ? `${below}index.html` : below),
    );
    if (!file.startsWith(normalize(root + sep)))
      return send(403, { 'Content-Type': 'text/plain' }, Buffer.from('Forbidden'));
    if (!existsSync(file) || !statSync(file).isFile()) {
      if (existsSync(join(file, 'index.html')))
        return send(301, { Location: `${pathname}/` }, Buffer.alloc(0));
      below = '';
      const notFound = join(root, '404.html');
      const body = existsSync(notFound) ? readFileSync(notFound) : Buffer.from('Not found');
      return send(404, { 'Content-Type': 'text/html; charset=utf-8' }, body);
    }
    const ext = extname(file).toLowerCase();
    if (PRECOMPRESSED.has(ext))
      return send(200, { 'Content-Type': 'application/octet-stream' }, readFileSync(file));
    const type = TYPES[ext] ?? 'application/octet-stream';
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (COMPRESSIBLE.has(ext) && acceptsGzip) {
      let body = gzipCache.get(file);
      if (!body) gzipCache.set(file, (body = gzipSync(readFileSync(file))));
      return send(
        200,
        { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' },
        body,
      );
    }
    return send(200, { 'Content-Type': type }, readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        server,
        stats,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
