// The project folder a command works on: the current folder, or the one
// given with --root, which must be a project (have a content/ folder), so a
// mistyped path is an error rather than an empty project that "passes".
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { usageError } from './command-line.mjs';

/** The `--root` option, as parseCommandLine takes it. */
export const ROOT_OPTION = { root: { type: 'string' } };

/** The absolute project folder for `root` (a --root value), or the usage error and exit. */
export function projectRoot(command, root) {
  if (root === undefined) return process.cwd();
  const path = resolve(root);
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    usageError(
      command,
      `--root ${root}: expected a project folder, but there is no folder ${path}`,
    );
  }
  if (!existsSync(join(path, 'content'))) {
    usageError(command, `--root ${root}: expected a project folder with a content/ folder in it`);
  }
  return path;
}
