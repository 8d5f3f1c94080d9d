// Checks all content without building the site: every problem at once, by file,
// line, field and what is expected. Usage: npm run validate [-- <project root>]
import { formatReport } from '../src/lib/content/problem';
import { ARTICLES_DIR, readArticles } from '../src/lib/content/read-articles';
import { validateContent } from '../src/lib/content/validate-content';

const root = process.argv[2] ?? process.cwd();
const problems = await validateContent(root);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exitCode = 1;
} else {
  const { articles } = await readArticles(root);
  const noun = articles.length === 1 ? 'article' : 'articles';
  console.log(
    articles.length === 0
      ? `0 articles OK: there are no .md files in ${ARTICLES_DIR}/ yet`
      : `${articles.length} ${noun} OK`,
  );
}
