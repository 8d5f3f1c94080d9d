// Builds the site into a staging folder and publishes it to dist/ only when the
// whole build succeeded, so a failed build never leaves a half-built site behind
// for `astro preview` (or a deploy) to serve.
import { existsSync, renameSync, rmSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This site needs Node.js >= 22.12, but this is ${process.versions.node}. ` +
      "Run `npm install` and use the npm scripts, which put the project's own Node.js first.",
  );
  process.exit(1);
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const { build } = await import('astro');
const staging = '.build-staging';
const out = 'dist';
rmSync(staging, { recursive: true, force: true });
try {
  await build({ outDir: staging });
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${error instanceof Error ? error.message : error}`);
  console.error(
    `\nBuild failed; ${existsSync(out) ? `the previous ${out}/ was left as it was` : `no ${out}/ was written`}.`,
  );
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
console.log(`Published the build to ${out}/.`);
