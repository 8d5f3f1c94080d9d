import type { Command } from './command-line.mjs';

/** The `--root` option, as parseCommandLine takes it. */
export declare const ROOT_OPTION: { root: { type: 'string' } };

/** The absolute project folder for a --root value (the current folder without one), or exit. */
export declare function projectRoot(command: Command, root: string | undefined): string;
