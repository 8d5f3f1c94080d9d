import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, where the scripts and tsx live. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a script run printed and how it ended. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `scripts/<script>` the way its npm script does (TypeScript through tsx,
 * on the Node.js running the tests), with stdin a closed pipe, so it is not a
 * terminal and asks nothing. It runs in the project root (where `--import tsx`
 * is found); scripts take another root as an argument.
 */
export function runScript(script: string, args: readonly string[], timeout = 60_000): Run {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts', script), ...args],
    { cwd: ROOT, encoding: 'utf8', input: '', timeout },
  );
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder under the system's temp dir, removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `polyglot-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A temp project root holding a copy of the real content/articles. */
export function copyOfContent(): { path: string; remove: () => void } {
  const dir = tempDir('content');
  cpSync(join(ROOT, 'content'), join(dir.path, 'content'), { recursive: true });
  return dir;
}
