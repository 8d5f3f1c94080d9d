// The HTTP headers the site is served with, read from their one source,
// deploy/headers.json: the test server (serve-static.mjs) sends them, and the
// nginx configuration (scripts/deploy-config.mjs) is generated from them.
import { readFileSync } from 'node:fs';

/** deploy/headers.json, parsed. */
export const SITE_HEADERS = JSON.parse(
  readFileSync(new URL('../../deploy/headers.json', import.meta.url), 'utf8'),
);

/** A cache rule's path as a regular expression on the path below the base, anchored at its start. */
export function cachePattern(rule) {
  return new RegExp(`^(?:${rule.path})`);
}

/** The `Cache-Control` of a file, from its path below the site's base path (`_astro/x.css`). */
export function cacheControlFor(path) {
  const rule = SITE_HEADERS.cache.find((entry) => cachePattern(entry).test(path));
  return rule?.['Cache-Control'] ?? 'no-cache';
}

/** Every header for the file at `path` below the base path: the security headers and its cache lifetime. */
export function headersFor(path) {
  return { ...SITE_HEADERS.security, 'Cache-Control': cacheControlFor(path) };
}
