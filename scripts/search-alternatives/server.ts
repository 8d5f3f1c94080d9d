/**
 * A small static file server for the temp folder, on 127.0.0.1 and a free port.
 *
 * Exists because the byte counts must be those a reader would download from a
 * real static host: JavaScript, HTML and JSON are gzip-compressed on the fly
 * (Content-Encoding: gzip), while Pagefind's index and WebAssembly files
 * (.pf_* and .pagefind), which Pagefind has already gzip-compressed, are sent
 * byte for byte. It also counts the body bytes it sends, to cross-check the
 * browser's figures, and remembers each file's body size for the one request
 * the browser cannot size (see browser.ts).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Already gzip-compressed by Pagefind: served as they are. */
const PRECOMPRESSED = /\.(pf_[a-z]+|pagefind)$/;

export interface StaticServer {
  url: string;
  /** Body bytes sent since the server started. */
  bytesSent(): number;
  /** Body bytes last sent for a URL path (0 if never requested). */
  bodySize(path: string): number;
  close(): Promise<void>;
}

export function serveStatic(root: string): Promise<StaticServer> {
  const base = normalize(root + sep);
  const gzipped = new Map<string, Buffer>();
  let sent = 0;
  const sizes = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const reply = (status: number, headers: Record<string, string>, body: Buffer) => {
      sent += body.length;
      sizes.set((request.url ?? '/').split('?')[0]!, body.length);
      response.writeHead(status, {
        'Content-Length': String(body.length),
        'Cache-Control': 'no-cache',
        ...headers,
      });
      response.end(body);
    };
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return reply(400, {}, Buffer.from('Bad request'));
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base)) return reply(403, {}, Buffer.from('Forbidden'));
    let isFile = false;
    try {
      isFile = statSync(file).isFile();
    } catch {
      // Missing: answered below.
    }
    if (!isFile) return reply(404, { 'Content-Type': 'text/plain' }, Buffer.from('Not found'));
    if (PRECOMPRESSED.test(file)) {
      return reply(200, { 'Content-Type': 'application/octet-stream' }, readFileSync(file));
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file))));
      return reply(200, { 'Content-Type': type, 'Content-Encoding': 'gzip' }, body);
    }
    return reply(200, { 'Content-Type': type }, readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        bytesSent: () => sent,
        bodySize: (path) => sizes.get(path) ?? 0,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
