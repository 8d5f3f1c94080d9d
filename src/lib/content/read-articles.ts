import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isLocale, locales } from '../../i18n/locales';
import { articleSchema, type ArticleData } from '../../schemas/article';
import { slugSchema } from '../../schemas/fields';
import { parsePartialDate } from '../partial-date';
import { undeclaredPassages } from './check-passages';
import { lineOfField } from './front-matter-lines';
import type { Problem } from './problem';
import type { LocatedArticle } from './translation-graph';
import { ARTICLES_DIR } from './paths';

/** An article file read and validated on its own. */
export interface ReadArticle extends LocatedArticle {
  data: ArticleData;
  /** The Markdown after the front matter. */
  body: string;
}

/** The `date:` value as written in the front matter, when it is not quoted. */
function unquotedDate(source: string): string | undefined {
  const frontMatter = source.split(/\r?\n---/)[0] ?? '';
  return /^date:[ \t]*(\d[^\s#]*)/m.exec(frontMatter)?.[1];
}

/** Re-exported from `paths.ts`, where the content folders are defined. */
export { ARTICLES_DIR };

async function listMarkdown(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.md$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Reads every article file and validates each on its own: its place
 * (`<lang>/<slug>.md`), its front matter against the article schema, and that it
 * has a text. Collects every problem instead of stopping at the first.
 */
export async function readArticles(
  root: string,
): Promise<{ articles: ReadArticle[]; problems: Problem[] }> {
  const articles: ReadArticle[] = [];
  const problems: Problem[] = [];
  for (const path of await listMarkdown(join(root, ARTICLES_DIR))) {
    const file = relative(root, path).split(sep).join('/');
    // Read synchronously: each awaited read waits a turn of libuv's thread pool,
    // which made reading thousands of articles several times slower (profiled).
    // Decoded from the bytes rather than read with 'utf8', which is slower in Node 24.
    const source = readFileSync(path).toString('utf8');
    const found = checkFile(file, source, problems);
    if (found) articles.push(found);
  }
  return { articles, problems };
}

/** Validates one article file; pushes its problems and returns it when usable. */
export function checkFile(
  file: string,
  source: string,
  problems: Problem[],
): ReadArticle | undefined {
  const report = (field: string, message: string, line?: number) =>
    problems.push({ file, line, field, message });
  const parts = file
    .slice(ARTICLES_DIR.length + 1)
    .replace(/\.md$/i, '')
    .split('/');
  const [folder, slug] = parts;
  if (parts.length !== 2 || !isLocale(folder)) {
    report(
      'file',
      `expected ${ARTICLES_DIR}/<lang>/<slug>.md with <lang> one of ${locales.join(', ')}`,
    );
    return undefined;
  }
  if (!slugSchema.safeParse(slug).success || !file.endsWith('.md')) {
    report(
      'file',
      `expected a file name of lowercase Latin letters, digits and hyphens ending in .md, got "${slug}"`,
    );
  }
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    report(
      'front matter',
      `expected valid YAML: ${(error as Error).message.split('\n')[0]}`,
      mark?.line === undefined ? undefined : mark.line + 1,
    );
    return undefined;
  }
  if (!parsed.rawFrontmatter) {
    report('front matter', 'expected front matter between --- lines at the top of the file', 1);
    return undefined;
  }
  const lineOf = (field: string) => lineOfField(source, field.split('.'));
  const result = articleSchema.safeParse(parsed.frontmatter);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        // One problem per misspelt key, at its own line.
        for (const key of issue.keys) {
          report(
            [...path, key].join('.'),
            `unknown field "${key}"; expected one of the fields documented in src/schemas/article.ts`,
            lineOfField(source, [...path, key]),
          );
        }
        continue;
      }
      report(path.join('.') || 'front matter', issue.message, lineOfField(source, path));
    }
    return undefined;
  }
  const writtenDate = unquotedDate(source);
  if (writtenDate !== undefined && !parsePartialDate(writtenDate)) {
    // YAML reads an unquoted 2023-02-30 as 2 March; check the text as written.
    report(
      'date',
      `expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "${writtenDate}"`,
      lineOf('date'),
    );
  }
  if (result.data.lang !== folder) {
    report(
      'lang',
      `expected "${folder}" to match the folder ${ARTICLES_DIR}/${folder}/, got "${result.data.lang}"`,
      lineOf('lang'),
    );
  }
  for (const passage of undeclaredPassages(source, result.data.otherLanguages)) {
    report(
      'otherLanguages',
      `expected "${passage.code}" in otherLanguages: line ${passage.line} marks a passage in it`,
      passage.line,
    );
  }
  if (!parsed.content.trim()) {
    report('body', 'expected the article text after the front matter');
  }
  return { id: `${folder}/${slug}`, file, data: result.data, body: parsed.content, lineOf };
}
