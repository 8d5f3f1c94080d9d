// Runs Astro's build into the folder given as the first argument, in a process
// of its own (started by scripts/build.mjs); `--force` clears Astro's content
// cache first; `--article-pages <n>` tells the parent once the n article pages
// are written (see article-pages-written.mjs). Pages restored from Astro's
// cache are hard-linked, not copied (see link-restored-pages.mjs). Exits non-zero, with Astro's
// message, when the build fails.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { reportArticlePagesWritten } from './article-pages-written.mjs';
import { linkRestoredPages } from './link-restored-pages.mjs';

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
// Astro's incremental build cache: its default cache folder, which
// astro.config.mjs keeps. Installed first: the watcher below restores the
// functions it found once the article pages are written.
linkRestoredPages(resolve('node_modules/.astro/dist'));
reportArticlePagesWritten(outDir, Number(values['article-pages'] ?? 0));
// The IPC channel must not keep this process alive once Astro is done.
process.channel?.unref();
const { build } = await import('astro');
try {
  await build({ outDir, force: values.force ?? false });
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
