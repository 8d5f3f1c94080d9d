import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EQUIVALENTS_FOLDER } from '../lib/search/equivalents';
import { PAGE_LANGUAGES_FILE, SEARCH_FOLDER } from '../lib/search/page-languages';

/** Content types of the files of a Pagefind bundle; the rest are its own compressed data. */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/** What `npm run dev` says when there is no index to search. */
export const DEV_SEARCH_MISSING =
  'Search in `npm run dev` uses the index of the last `npm run build` (dist/pagefind/), and there is none: run `npm run build` once, then restart `npm run dev`.';

/*
 * Search in `npm run dev`. Pagefind indexes built pages, which the dev server
 * never writes; so the dev server serves the index of the last `npm run build`
 * from `dist/pagefind/` at `/pagefind/`, and its table of equivalents from
 * `dist/search-equivalents/` (scripts/build.mjs writes both), and says at
 * start which build that is, or what to run when there is none. Results then
 * reflect the content of that build, not edits made since.
 */

/** Where the last build's index is. */
const INDEX_DIR = fileURLToPath(new URL(`../../dist/${SEARCH_FOLDER}/`, import.meta.url));

/** The folders served from the last build: the index, and the table of equivalents beside it. */
function servedFolders(indexDir: string): [prefix: string, dir: string][] {
  return [
    [`/${SEARCH_FOLDER}/`, indexDir],
    [`/${EQUIVALENTS_FOLDER}/`, join(indexDir, '..', EQUIVALENTS_FOLDER)],
  ];
}

/** True when `npm run dev` has no built index to search (see devSearch). */
export function devSearchMissing(indexDir = INDEX_DIR): boolean {
  return !existsSync(join(indexDir, PAGE_LANGUAGES_FILE));
}

/** The integration; `indexDir` is where the index is read from (the last build's by default). */
export function devSearch(indexDir = INDEX_DIR): AstroIntegration {
  return {
    name: 'dev-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = indexDir;
        const table = join(root, PAGE_LANGUAGES_FILE);
        if (!devSearchMissing(root)) {
          logger.info(
            `Search uses the index of the last build (dist/${SEARCH_FOLDER}/, ${statSync(table).mtime.toISOString()}); run \`npm run build\` to index later edits.`,
          );
        } else {
          logger.warn(DEV_SEARCH_MISSING);
        }
        const folders = servedFolders(root);
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          const served = folders.find(([prefix]) => path.startsWith(prefix));
          if (!served) return next();
          const [prefix, dir] = served;
          const file = normalize(join(dir, path.slice(prefix.length)));
          if (!file.startsWith(normalize(dir).replace(/[\\/]$/, '') + sep) || !existsSync(file)) {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(DEV_SEARCH_MISSING);
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(readFileSync(file));
        });
      },
    },
  };
}
