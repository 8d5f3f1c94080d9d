/**
 * The nginx configuration is generated from the one source of the site's
 * headers (deploy/headers.json), which the browser tests' server sends too:
 * the committed deploy/nginx.conf must be what the generator makes from it,
 * and each cache rule must pick the files it is meant for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, nginxConfig } from '../../scripts/deploy-nginx.mjs';
import { SITE_HEADERS, cacheControlFor } from '../../scripts/lib/site-headers.mjs';

const committed = readFileSync(new URL('../../deploy/nginx.conf', import.meta.url), 'utf8');
const YEAR = 'public, max-age=31536000, immutable';

describe('deploy/nginx.conf', () => {
  it('is generated from deploy/headers.json (run `npm run deploy:nginx` after editing it)', () => {
    expect(committed).toBe(nginxConfig(EXAMPLE));
  });

  it('sends every security header in every location, 404 page included (`always`)', () => {
    const locations = committed.split(/\n {4}location /).slice(1);
    expect(locations.length).toBe(SITE_HEADERS.cache.length);
    for (const location of locations) {
      for (const [name, value] of Object.entries(SITE_HEADERS.security)) {
        expect(location).toContain(`add_header ${name} "${value}" always;`);
      }
    }
    expect(committed).toContain('error_page 404 /404.html;');
  });

  it('serves a site built for a path under that path, its 404 page included', () => {
    const config = nginxConfig({ ...EXAMPLE, base: '/news/' });
    expect(config).toContain('error_page 404 /news/404.html;');
    expect(config).toContain('location ~ "^/news/(?:_astro/)" {');
    expect(config).toContain('location /news/ {');
    expect(config).toContain('return 301 /news/;');
    expect(() => nginxConfig({ ...EXAMPLE, base: 'news' })).toThrow(
      '--base: expected a path that starts and ends with "/", got "news".',
    );
  });

  it('compresses text and leaves Pagefind’s compressed files as they are', () => {
    expect(committed).toMatch(/gzip on;[\s\S]*gzip_static on;/);
    expect(committed).toContain('default_type application/octet-stream;');
  });
});

describe('cache lifetimes', () => {
  it('keeps hashed files for a year and asks again for everything whose name stays', () => {
    expect(cacheControlFor('_astro/BaseLayout.CRwVVw96.css')).toBe(YEAR);
    expect(cacheControlFor('_astro/search-worker-CWrASf6Z.js')).toBe(YEAR);
    expect(cacheControlFor('pagefind/de/fragment/zxx_2a80748.pf_fragment')).toBe(YEAR);
    expect(cacheControlFor('pagefind/de/index/zxx_f0e2543.pf_index')).toBe(YEAR);
    expect(cacheControlFor('pagefind/de/filter/zxx_c64a9e3.pf_filter')).toBe(YEAR);
    expect(cacheControlFor('pagefind/de/pagefind.zxx_f435cb2b1f7.pf_meta')).toBe(YEAR);
    for (const unhashed of [
      'de/index.html',
      'de/',
      '',
      '404.html',
      'feed.xml',
      'pagefind/de/pagefind.js',
      'pagefind/de/pagefind-entry.json',
      'pagefind/de/wasm.unknown.pagefind',
      'pagefind/page-languages.json',
      'pagefind/index-chunks.json',
    ]) {
      expect(cacheControlFor(unhashed), unhashed).toBe('no-cache');
    }
  });

  it('the nginx locations match the same files as the test server’s rules', () => {
    const patterns = [...committed.matchAll(/location ~ "([^"]+)"/g)].map((m) => new RegExp(m[1]!));
    const matchedByNginx = (path: string) => patterns.some((pattern) => pattern.test(`/${path}`));
    const files = [
      '_astro/x.1234.css',
      'pagefind/de/fragment/zxx_1.pf_fragment',
      'pagefind/de/pagefind.zxx_1.pf_meta',
      'pagefind/de/pagefind.js',
      'de/index.html',
    ];
    for (const file of files) {
      expect(matchedByNginx(file), file).toBe(cacheControlFor(file) !== 'no-cache');
    }
  });
});
