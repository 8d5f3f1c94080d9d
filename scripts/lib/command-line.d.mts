import type { ParseArgsOptionsConfig } from 'node:util';

/** Exit code of a command called the wrong way. */
export declare const USAGE_EXIT: number;

/** A command: its name in messages, its usage text and its options. */
export interface Command {
  name: string;
  usage: string;
  options?: ParseArgsOptionsConfig;
}

/** Prints `<command>: <message>` and the usage, and exits. */
export declare function usageError(command: Command, message: string): never;

/** The command's flags, or the usage and exit on `--help` or a mistake. */
export declare function parseCommandLine(
  command: Command,
  args?: string[],
): Record<string, string | boolean | undefined>;
