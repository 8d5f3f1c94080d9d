// Checks a generated corpus with the project's own validator
// (src/lib/content/validate-content.ts), so the benchmark never measures a
// build of content the site would refuse. The project's TypeScript uses
// extensionless imports, which Node's type stripping cannot resolve, so it is
// loaded through tsx.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Validates everything under `root` (a site copy); throws with the full report if anything is wrong. */
export async function validateCorpus(root) {
  const load = (file) => tsImport(pathToFileURL(`${projectRoot}${file}`).href, import.meta.url);
  const { validateContent } = await load('src/lib/content/validate-content.ts');
  const { formatReport } = await load('src/lib/content/problem.ts');
  const problems = await validateContent(root);
  if (problems.length > 0) {
    const report = formatReport(problems).split('\n');
    const shown = report.slice(0, 40).join('\n');
    throw new Error(
      `The generated corpus does not pass the validator:\n${shown}${report.length > 40 ? `\n  … and ${report.length - 40} more` : ''}`,
    );
  }
}
