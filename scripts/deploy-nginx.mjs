// Writes deploy/nginx.conf, the nginx server block for the built site, from the
// one source of its headers, deploy/headers.json (security headers, cache
// lifetimes). `npm run deploy:nginx` writes the committed example (the site at
// `/`); with `-- --base /news/ --root /var/www/site --server-name example.org`
// it prints one for a site built with SITE_URL=https://example.org/news/.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SITE_HEADERS } from './lib/site-headers.mjs';

/** The committed example's settings. */
export const EXAMPLE = { base: '/', root: '/var/www/polyglot-news', serverName: 'example.org' };

/**
 * A string in nginx's double quotes. nginx keeps a backslash before anything
 * but a quote or a backslash, so a regular expression's `\.` stays as it is;
 * the values hold no `$` (which nginx would take for a variable).
 */
const quoted = (value) => `"${value.replace(/"/g, '\\"')}"`;

/** The `add_header` lines of a location: nginx drops the server's once a location has its own. */
function headerLines(cacheControl) {
  return Object.entries({ ...SITE_HEADERS.security, 'Cache-Control': cacheControl }).map(
    ([name, value]) => `        add_header ${name} ${quoted(value)} always;`,
  );
}

/** One location per cache rule of deploy/headers.json, in its order (nginx tries regex locations in order). */
function cacheLocations(base) {
  return SITE_HEADERS.cache.map((rule) => {
    const match =
      rule.path === '' ? base : `~ ${quoted(`^${base.replace(/\./g, '\\.')}(?:${rule.path})`)}`;
    const body =
      rule.path === '' ? ['        try_files $uri $uri/ =404;'] : ['        try_files $uri =404;'];
    return [`    location ${match} {`, ...body, ...headerLines(rule['Cache-Control']), '    }'];
  });
}

/** The server block for a site served at `base` from the files under `root` + `base`. */
export function nginxConfig({ base, root, serverName }) {
  if (!base.startsWith('/') || !base.endsWith('/')) {
    throw new Error(`--base: expected a path that starts and ends with "/", got "${base}".`);
  }
  const lines = [
    '# Generated from deploy/headers.json by `npm run deploy:nginx`: edit that file, not this one.',
    `# Serves the built site (dist/, copied to ${root}${base}) at ${base}; see docs/deploy.md.`,
    'server {',
    '    listen 80;',
    '    listen [::]:80;',
    `    server_name ${serverName};`,
    `    root ${root};`,
    '    index index.html;',
    '    charset utf-8;',
    '    absolute_redirect off;',
    '    # Pagefind’s index files are gzip-compressed already and decompressed by',
    '    # Pagefind itself: sent as they are, as application/octet-stream.',
    '    default_type application/octet-stream;',
    '    # Text is sent compressed: from a precompressed .gz copy where there is one',
    '    # (npm run deploy:compress), otherwise compressed on the fly.',
    '    gzip on;',
    '    gzip_static on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    '    gzip_types text/css text/javascript application/javascript application/json',
    '        application/xml application/rss+xml image/svg+xml application/wasm text/plain;',
    `    error_page 404 ${base}404.html;`,
    ...(base === '/'
      ? []
      : [`    location = ${base.slice(0, -1)} {`, `        return 301 ${base};`, '    }']),
    ...cacheLocations(base).flat(),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      root: { type: 'string' },
      'server-name': { type: 'string' },
    },
  });
  if (values.base || values.root || values['server-name']) {
    process.stdout.write(
      nginxConfig({
        base: values.base ?? EXAMPLE.base,
        root: values.root ?? EXAMPLE.root,
        serverName: values['server-name'] ?? EXAMPLE.serverName,
      }),
    );
  } else {
    writeFileSync(new URL('../deploy/nginx.conf', import.meta.url), nginxConfig(EXAMPLE));
    console.log('Wrote deploy/nginx.conf from deploy/headers.json.');
  }
}
