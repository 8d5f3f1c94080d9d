/**
 * Global setup of the browser tests (vitest.e2e.config.ts). Runs once, in the
 * main Vitest process, before any test file:
 *
 * 1. makes sure Debian's Chromium is at /usr/bin/chromium, installing it with
 *    apt-get when we are root and can, and stopping with what to install if not;
 * 2. serves the built site in dist/ on a free localhost port and provides its
 *    address to the tests (`inject('baseURL')`).
 *
 * The server is the project's small static file server (scripts/lib/serve-static.mjs)
 * rather than `astro preview`: it needs no Astro config (so it serves exactly what
 * `npm run build` published) and maps URLs the way a static host does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/serve-static.mjs';
import { CHROMIUM_PATH, DIST_DIR } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, e.g. `http://127.0.0.1:39123` (no trailing slash). */
    baseURL: string;
  }
}

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

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(
      `There is no built site in ${DIST_DIR} (dist/index.html is missing): run \`npm run build\` first.`,
    );
  }
  ensureChromium();
  // The same static server as the benchmark and the audit: /path/ is
  // /path/index.html, /path is redirected to /path/, 404.html for the rest;
  // with the headers of a deployed site (deploy/headers.json: the
  // Content-Security-Policy every page must pass, cache lifetimes).
  const server = await serveStatic(DIST_DIR, { siteHeaders: true });
  project.provide('baseURL', server.url);
  return () => server.close();
}
