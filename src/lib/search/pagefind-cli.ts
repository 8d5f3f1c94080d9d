import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describePagefindFailure } from './pagefind-failure';

/**
 * Pagefind's command-line indexer, run as a child process. We use it rather
 * than Pagefind's Node API (which drives the same executable as a service over
 * stdin and stdout): the CLI indexed the benchmark's pages faster, with the
 * same options and the same bundle (docs/search-design.md).
 *
 * Kept free of Astro, like `build-search-index.ts`.
 */

/** Pagefind's executables, the extended one (which indexes more languages) first, as its npm wrapper picks them. */
const EXECUTABLES = ['pagefind_extended', 'pagefind'];

/**
 * The Pagefind executable for this machine, from the platform package that
 * npm installs with `pagefind` (`@pagefind/<platform>-<arch>`), or from
 * `PAGEFIND_EXTENDED_BINARY_PATH` / `PAGEFIND_BINARY_PATH`, which Pagefind's
 * own wrapper honours too.
 */
export function pagefindExecutable(): string {
  for (const name of EXECUTABLES) {
    const path = process.env[`${name.toUpperCase()}_BINARY_PATH`];
    if (path) return path;
  }
  const require = createRequire(import.meta.url);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const suffix = platform === 'windows' ? '.exe' : '';
  for (const name of EXECUTABLES) {
    try {
      return require.resolve(`@pagefind/${platform}-${process.arch}/bin/${name}${suffix}`);
    } catch {
      // Not this one: the next name, or the error below.
    }
  }
  throw new Error(
    `Pagefind has no executable for ${platform}-${process.arch} here: run \`npm install\` (it installs @pagefind/${platform}-${process.arch} with pagefind), or set PAGEFIND_BINARY_PATH.`,
  );
}

/**
 * Runs Pagefind with `args`, and `env` on top of this process's environment,
 * and resolves with what it printed; rejects with the exit status and the end
 * of its output when it fails, or when `signal` aborts it (which stops it).
 */
export function runPagefind(
  args: readonly string[],
  env: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindExecutable(), args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
      ...(signal ? { signal } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(output);
      const tail = output.trim().split('\n').slice(-15).join('\n');
      const status = signal ?? `exit status ${code}`;
      const fsFailure = describePagefindFailure(output);
      if (fsFailure) return reject(new Error(`Pagefind failed (${status}): ${fsFailure}`));
      reject(new Error(`Pagefind failed (${status}):\n${tail}`));
    });
  });
}

/** The version of the Pagefind executable (`1.6.0`), or undefined when it does not say. */
export function pagefindVersion(): string | undefined {
  const { stdout } = spawnSync(pagefindExecutable(), ['--version'], { encoding: 'utf8' });
  return /(\d+\.\d+\.\d+\S*)/.exec(stdout ?? '')?.[1];
}
