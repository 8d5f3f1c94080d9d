import type { ParseArgsOptionsConfig } from 'node:util';

/** Exit code of a command called the wrong way. */
export declare const USAGE_EXIT: number;

/** A command: its name in messages, its usage text and its options. */
export interface Command {
  name: string;
  usage: string;
  options?: ParseArgsOptionsConfig;
  /** `--no-<flag>` for boolean flags. */
  allowNegative?: boolean;
  /** The positional arguments it takes: one of `oneOf`, or at least `min`. */
  arguments?: { name: string; oneOf?: readonly string[]; min?: number };
}

/** Prints `<command>: <message>; see npm run <command> -- --help` and exits. */
export declare function usageError(command: Command, message: string): never;

/** The command's flags and positional arguments, or the usage and exit on `--help` or a mistake. */
export declare function readCommandLine(
  command: Command,
  args?: string[],
): { values: Record<string, string | boolean | undefined>; positionals: string[] };

/** The command's flags, or the usage and exit on `--help` or a mistake. */
export declare function parseCommandLine(
  command: Command,
  args?: string[],
): Record<string, string | boolean | undefined>;
