// Checks all content without building the site, with exactly the checks the
// build runs (src/lib/content/validate-content.ts): every problem at once, by
// file, line, field and what is expected. See docs/validation.md.
import { parseCommandLine } from './lib/command-line.mjs';
import { projectRoot, ROOT_OPTION } from './lib/project-root.mjs';
import { blockingProblems, formatReport, isWarning } from '../src/lib/content/problem';
import { ARTICLES_DIR } from '../src/lib/content/paths';
import { checkContent } from '../src/lib/content/validate-content';

const command = {
  name: 'validate',
  usage: `Usage: npm run validate -- [--strict] [--root <folder>]

Checks the articles, entities and stories as \`npm run build\` does, without building.
Errors stop a build; warnings (a misspelt directive, HTML that is removed) do not.

  --strict         count warnings as errors (as CI does)
  --root <folder>  the project folder to check (default: the current folder)
  --help           print this help`,
  options: { strict: { type: 'boolean' }, ...ROOT_OPTION },
} as const;

const values = parseCommandLine(command);
const root = projectRoot(command, values.root as string | undefined);
const strict = values.strict === true;
const { problems, articles } = await checkContent(root);
const blocking = blockingProblems(problems, strict);
if (problems.length > 0) console.error(formatReport(problems));
if (blocking.length > 0) {
  const warnings = problems.filter(isWarning).length;
  if (strict && warnings > 0) console.error('(--strict: warnings count as errors)');
  process.exitCode = 1;
} else {
  const noun = articles.length === 1 ? 'article' : 'articles';
  console.log(
    articles.length === 0
      ? `0 articles OK: there are no .md files in ${ARTICLES_DIR}/ yet`
      : `${articles.length} ${noun} OK`,
  );
}
