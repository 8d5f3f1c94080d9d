/**
 * Global setup of the browser tests (vitest.e2e.config.ts). Runs once, in the
 * main Vitest process, before any test file:
 *
 * 1. makes sure Debian's Chromium is at /usr/bin/chromium, installing it with
 *    apt-get when we are root and can, and stopping with what to install if not;
 * 2. serves the built site in dist/ on a free localhost port and provides its
 *    address to the tests (`inject('baseURL')`).
 *
 * The server is a small static file server rather than `astro preview`: it needs
 * no Astro config (so it serves exactly what `npm run build` published) and maps
 * URLs the way a static host does: `/de/` to `/de/index.html`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH, DIST_DIR } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. `http://127.0.0.1:39123` (no trailing slash). */
    baseURL: string;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

function commandExists(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** Ensures Chromium is installed, installing Debian's package when possible. */
function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const what =
    `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is not installed. ` +
    'Install Debian\u2019s package: `sudo apt-get update && sudo apt-get install -y chromium`.';
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !commandExists('apt-get')) {
    throw new Error(
      `${what}\n(Not installing it automatically: ${isRoot ? 'apt-get is not available' : 'not running as root'}.)`,
    );
  }
  console.log(`[e2e] ${CHROMIUM_PATH} is missing; installing Debian's chromium with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      throw new Error(
        `${what}\n(\`apt-get ${args.join(' ')}\` failed with exit code ${result.status}.)`,
      );
    }
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${what}\n(apt-get installed chromium, but ${CHROMIUM_PATH} still does not exist.)`,
    );
  }
}

/** Resolves a URL path to a file in dist/, the way a static host does; undefined when none. */
function resolveFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const path = normalize(join(DIST_DIR, decoded));
  if (path !== DIST_DIR && !path.startsWith(DIST_DIR + sep)) return undefined;
  const candidates = decoded.endsWith('/') ? [join(path, 'index.html')] : [path];
  for (const candidate of candidates) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function startServer(): Promise<Server> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(url.pathname);
    if (!file) {
      // `/de` → `/de/` when that is a page, as static hosts do with trailingSlash: 'always'.
      if (!url.pathname.endsWith('/') && resolveFile(`${url.pathname}/`)) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const notFound = join(DIST_DIR, '404.html');
      const body = existsSync(notFound) ? await readFile(notFound) : 'Not found';
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const body = await readFile(file);
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free port, so parallel runs never collide.
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(
      `There is no built site in ${DIST_DIR} (dist/index.html is missing): run \`npm run build\` first.`,
    );
  }
  ensureChromium();
  const server = await startServer();
  const { port } = server.address() as AddressInfo;
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}
