// Runs Astro's build into the folder given as the first argument, in a process
// of its own (started by scripts/build.mjs); `--force` clears Astro's content
// cache first. Exits non-zero, with Astro's message, when the build fails.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const [outDir, ...flags] = process.argv.slice(2);
if (!outDir) {
  console.error('Usage: node scripts/lib/astro-build.mjs <outDir> [--force]');
  process.exit(2);
}
const { build } = await import('astro');
try {
  await build({ outDir, force: flags.includes('--force') });
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
