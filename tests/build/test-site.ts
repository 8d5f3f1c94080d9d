/**
 * Copies of the site for tests that run real builds: each in
 * `.test-sites/<name>/` (inside the project, so packages resolve from the
 * project's node_modules), built in a child process with this Node.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITES = join(ROOT, '.test-sites');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** What of the project a build needs, besides the content. */
const SITE_SOURCES = ['astro.config.mjs', 'src', 'tsconfig.json', 'public', 'scripts', 'data'];

/** Time a test that builds may take. */
export const BUILD_TIMEOUT = 120_000;

const created: string[] = [];

/**
 * Makes `.test-sites/<name>/`: the site's sources, and as content either the
 * articles of tests/build/fixtures/<articles>/ or the project's whole content/.
 */
export function makeSite(name: string, content: { articles: string } | 'project'): string {
  const dir = join(SITES, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  created.push(dir);
  for (const entry of SITE_SOURCES) {
    if (existsSync(join(ROOT, entry)))
      cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  if (content === 'project')
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  else cpSync(join(FIXTURES, content.articles), join(dir, 'content/articles'), { recursive: true });
  return dir;
}

/** Removes every site made by `makeSite` (and `.test-sites/` when it is left empty). */
export function removeSites(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
  if (existsSync(SITES) && readdirSync(SITES).length === 0) rmdirSync(SITES);
}

/** What a build printed and how it ended. */
export interface BuildRun {
  code: number | null;
  output: string;
}

/** Runs `node <args>` in `cwd` with this Node and a clean environment; resolves with its exit code and output. */
function run(args: string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<BuildRun> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...extraEnv,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
  // A build is not a test run: don't let Vitest's variables change how Vite builds.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST') delete env[key];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      // eslint-disable-next-line no-control-regex
      resolve({ code, output: output.replace(/\u001b\[[0-9;]*m/g, '') }),
    );
  });
}

/** Runs `astro build --root <dir>`, as a reader of Astro's docs would. */
export function runAstroBuild(dir: string): Promise<BuildRun> {
  return run([ASTRO, 'build', '--root', relative(ROOT, dir)], ROOT);
}

/** Runs the project's own build (`npm run build`: scripts/build.mjs) inside `dir`, with `env` added. */
export function runProjectBuild(dir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildRun> {
  return run([join(dir, 'scripts/build.mjs')], dir, env);
}
