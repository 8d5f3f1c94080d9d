// Reads a command's flags the same way for every command of the project:
// `--help` prints the usage; an unknown flag, a flag without its value or an
// argument the command does not take is one line on stderr, naming what is
// wrong and where the help is, and exit code 2, never a stack trace, and never taken for something else (a
// stray word read as the project folder, say).
import { parseArgs } from 'node:util';

/** Exit code of a command called the wrong way (as in most Unix tools). */
export const USAGE_EXIT = 2;

/** One line for what Node's parseArgs found wrong (its own messages run on with advice). */
function describe(error) {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^']*)'/.exec(message)?.[1];
  switch (error?.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option ?? message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `option ${option?.split(',')[0] ?? ''} needs a value`.replace(/ {2}/, ' ')
        : `option ${option ?? ''} takes no value`.replace(/ {2}/, ' ');
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'([^']*)'/.exec(message)?.[1] ?? ''}`.trim();
    default:
      return message.split('\n')[0];
  }
}

/**
 * Prints one line, `<command>: <message>; see npm run <command> -- --help`,
 * and exits with USAGE_EXIT: the mistake stays on the screen, not above a
 * page of usage.
 */
export function usageError(command, message) {
  console.error(`${command.name}: ${message}; see npm run ${command.name} -- --help`);
  process.exit(USAGE_EXIT);
}

/**
 * Reads `args` (default: the process's) for `command`: `{ name, usage,
 * options, arguments? }` with options as node:util parseArgs takes them.
 * Without `arguments` the command takes no positional arguments (a folder or a
 * file has a flag); with `{ name, oneOf }` it takes exactly one, from `oneOf`
 * (a subcommand such as `suggest`); with `{ name, min }` it takes at least
 * `min` (inputs). Prints the usage and exits on `--help` or a mistake.
 * Returns `{ values, positionals }`.
 */
export function readCommandLine(command, args = process.argv.slice(2)) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' }, ...command.options },
      allowPositionals: Boolean(command.arguments),
      allowNegative: Boolean(command.allowNegative),
      strict: true,
    });
  } catch (error) {
    usageError(command, describe(error));
  }
  if (parsed.values.help) {
    console.log(command.usage);
    process.exit(0);
  }
  const problem = command.arguments && argumentProblem(command.arguments, parsed.positionals);
  if (problem) usageError(command, problem);
  return parsed;
}

/** What is wrong with the positional arguments, if anything. */
function argumentProblem({ name, oneOf, min = 0 }, positionals) {
  if (oneOf) {
    const list = oneOf.map((word) => `"${word}"`).join(' or ');
    if (positionals.length === 0) return `expected the ${name} ${list}`;
    if (positionals.length > 1 || !oneOf.includes(positionals[0]))
      return `expected the ${name} ${list}, got "${positionals.join(' ')}"`;
  }
  if (positionals.length < min) return `expected at least ${min} ${name}${min > 1 ? 's' : ''}`;
  return undefined;
}

/** The flags of a command that takes no positional arguments (see readCommandLine). */
export function parseCommandLine(command, args = process.argv.slice(2)) {
  return readCommandLine(command, args).values;
}
