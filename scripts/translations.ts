// Prints which article exists in which language, per translation group, and
// what is missing. Usage: npm run translations [-- <project root>]
import { formatReport } from '../src/lib/content/problem';
import { readArticles } from '../src/lib/content/read-articles';
import { formatStatus, translationStatus } from '../src/lib/translation-status';

const root = process.argv[2] ?? process.cwd();
const { articles, problems } = await readArticles(root);
console.log(formatStatus(translationStatus(articles)));
if (problems.length > 0) {
  // The table shows the valid articles; say which files it had to leave out.
  console.error(`\nLeft out (run npm run validate for details):\n${formatReport(problems)}`);
  process.exitCode = 1;
}
