/** One thing wrong with the content, located as precisely as we can. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Dotted path of the front-matter field, or `file` for the file itself. */
  field: string;
  /** What is wrong and what is expected. */
  message: string;
  /**
   * `warning`: the site still builds, but not as the author may have meant
   * (a misspelt directive shown as text, HTML removed); `--strict` makes it an
   * error. Absent: an error, which stops the build.
   */
  severity?: 'warning';
}

/** True for a problem that does not stop a build unless it is strict. */
export function isWarning(problem: Problem): boolean {
  return problem.severity === 'warning';
}

/** The problems that stop a build: the errors, and the warnings too when `strict`. */
export function blockingProblems(problems: readonly Problem[], strict: boolean): Problem[] {
  return strict ? [...problems] : problems.filter((p) => !isWarning(p));
}

/** `file:line  field: message`, the format editors and CI logs read. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const prefix = isWarning(problem) ? 'warning: ' : '';
  return `${where}  ${problem.field}: ${prefix}${problem.message}`;
}

/**
 * A multi-line report of all problems, or an empty string when there are none;
 * headed "warnings" when every one is a warning.
 */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const kind = problems.every(isWarning) ? 'warning' : 'problem';
  const noun = problems.length === 1 ? kind : `${kind}s`;
  return [
    `${problems.length} content ${noun}:`,
    ...sorted.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}
