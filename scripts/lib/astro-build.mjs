// Runs Astro's build into the folder given as the first argument, in a process
// of its own (started by scripts/build.mjs); `--force` clears Astro's content
// cache first; `--article-pages <n>` tells the parent once the n article pages
// are written (see src/astro-patches/article-pages-written.mjs). Pages
// restored from Astro's cache are hard-linked, not copied (see
// src/astro-patches/link-restored-pages.mjs). Exits non-zero, with Astro's
// message, when the build fails.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { resolveTypeScript } from './resolve-typescript.mjs';

// The patches below import the site's TypeScript, whose imports have no extension.
resolveTypeScript();
const { reportArticlePagesWritten } =
  await import('../../src/astro-patches/article-pages-written.mjs');
const { INCREMENTAL_OUTPUT_DIR, linkRestoredPages } =
  await import('../../src/astro-patches/link-restored-pages.mjs');

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean' }, 'article-pages': { type: 'string' } },
});
const [outDir] = positionals;
if (!outDir) {
  console.error('Usage: node scripts/lib/astro-build.mjs <outDir> [--force] [--article-pages n]');
  process.exit(2);
}
// The IPC channel must not keep this process alive once Astro is done.
process.channel?.unref();
const { build } = await import('astro');
/**
 * Installs both patches once the config is resolved (long before Astro writes
 * a page): restored pages are linked out of Astro's incremental build cache,
 * in the config's `cacheDir`. The link patch goes first: the watcher puts back
 * the functions it found once the article pages are written.
 */
let installed = false;
const patches = {
  name: 'astro-build-patches',
  hooks: {
    'astro:config:done': ({ config }) => {
      if (installed) return;
      installed = true;
      linkRestoredPages(fileURLToPath(new URL(INCREMENTAL_OUTPUT_DIR, config.cacheDir)));
      reportArticlePagesWritten(
        outDir,
        Number(values['article-pages'] ?? 0),
        '[search-index] The article pages are written: indexing them while Astro renders the rest.',
      );
    },
  },
};
try {
  await build({ outDir, force: values.force ?? false, integrations: [patches] });
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
