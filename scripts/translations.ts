// Prints which article exists in which language, per translation group, and
// what is missing: a table, or JSON with --json.
import { parseCommandLine } from './lib/command-line.mjs';
import { projectRoot, ROOT_OPTION } from './lib/project-root.mjs';
import { formatReport } from '../src/lib/content/problem';
import { readArticles } from '../src/lib/content/read-articles';
import { formatStatus, roleOf, translationStatus } from '../src/lib/translation-status';

const command = {
  name: 'translations',
  usage: `Usage: npm run translations -- [--json] [--root <folder>]

Prints which language versions each article has, per translation group, and what is missing.

  --json           print the table as JSON: one object per row with its versions and missing languages
  --root <folder>  the project folder (default: the current folder)
  --help           print this help`,
  options: { json: { type: 'boolean' }, ...ROOT_OPTION },
} as const;

const values = parseCommandLine(command);
const root = projectRoot(command, values.root as string | undefined);
const { articles, problems } = await readArticles(root);
const rows = translationStatus(articles);
if (values.json) {
  const json = rows.map((row) => ({
    key: row.key,
    group: row.group ?? null,
    versions: Object.fromEntries(
      Object.entries(row.versions).map(([lang, versions]) => [
        lang,
        versions.map((a) => ({ id: a.id, title: a.data.title, role: roleOf(a) })),
      ]),
    ),
    missing: row.missing,
  }));
  console.log(JSON.stringify(json, null, 2));
} else {
  console.log(formatStatus(rows));
}
const errors = problems.filter((p) => p.severity !== 'warning');
if (errors.length > 0) {
  // The table shows the valid articles; say which files it had to leave out.
  console.error(`\nLeft out (run npm run validate for details):\n${formatReport(errors)}`);
  process.exitCode = 1;
}
