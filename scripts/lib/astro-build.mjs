// Runs Astro's build into the folder given as the first argument, in a process
// of its own (started by scripts/build.mjs); `--force` clears Astro's content
// cache first; `--article-pages <n>` tells the parent once the n article pages
// are written (see article-pages-written.mjs). Exits non-zero, with Astro's
// message, when the build fails.
import { parseArgs } from 'node:util';
import { reportArticlePagesWritten } from './article-pages-written.mjs';

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
