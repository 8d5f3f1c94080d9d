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
}

/** `file:line  field: message`, the format editors and CI logs read. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}  ${problem.field}: ${problem.message}`;
}

/** A multi-line report of all problems, or an empty string when there are none. */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  const noun = problems.length === 1 ? 'problem' : 'problems';
  return [
    `${problems.length} content ${noun}:`,
    ...sorted.map((p) => `  ${formatProblem(p)}`),
  ].join('\n');
}
