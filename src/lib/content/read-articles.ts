import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isLocale, locales } from '../../i18n/locales';
import { articleSchema, type ArticleData } from '../../schemas/article';
import { slugSchema } from '../../schemas/fields';
import { parsePartialDate } from '../partial-date';
import { checkMarkdown } from './check-markdown';
import { checkControlCharacters, decodeUtf8 } from './decode-source';
import { UNCLOSED_QUOTE, unclosedQuoteLine, type YamlError } from './yaml-error';
import { bodyLineOf, lineOfField } from './front-matter-lines';
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

/**
 * The YAML error of the front matter that Astro's parser (js-yaml) threw, at
 * its line in the file. js-yaml places most errors well, but an unclosed quote
 * at the end of the front matter, where it stopped looking for the closing
 * quote: that one is placed where the quote opens (see yaml-error.ts).
 */
function frontMatterError(source: string, error: unknown): YamlError {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  const quoteLine = match ? unclosedQuoteLine(match[1]!, 2) : undefined;
  if (quoteLine !== undefined) return { line: quoteLine, message: UNCLOSED_QUOTE };
  const mark = (error as { mark?: { line?: number } }).mark;
  return {
    line: mark?.line === undefined ? 0 : mark.line + 1,
    message: `expected valid YAML: ${(error as Error).message.split('\n')[0]}`,
  };
}

/** Re-exported from `paths.ts`, where the content folders are defined. */
export { ARTICLES_DIR };

/** Every file under `dir` but hidden ones, sorted. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** What the articles are: the files read, their problems, and the ids of files that exist but are broken. */
export interface ReadArticles {
  articles: ReadArticle[];
  problems: Problem[];
  /**
   * Ids (`<lang>/<slug>`) of article files that exist but could not be used:
   * a link to one is not reported again as a link to nothing.
   */
  broken: Set<string>;
}

/** The id a file under content/articles would have: `<lang>/<slug>`. */
function idOf(file: string): string {
  return file
    .slice(ARTICLES_DIR.length + 1)
    .replace(/\.[^./]+$/, '')
    .toLowerCase();
}

/**
 * Reads every article file and validates each on its own: its place
 * (`<lang>/<slug>.md`), its front matter against the article schema, and that it
 * has a text. Collects every problem instead of stopping at the first.
 */
export async function readArticles(root: string): Promise<ReadArticles> {
  const articles: ReadArticle[] = [];
  const problems: Problem[] = [];
  const broken = new Set<string>();
  for (const path of await listFiles(join(root, ARTICLES_DIR))) {
    const file = relative(root, path).split(sep).join('/');
    if (!file.endsWith('.md')) {
      problems.push(notMarkdown(file));
      broken.add(idOf(file));
      continue;
    }
    // Read synchronously: each awaited read waits a turn of libuv's thread pool,
    // which made reading thousands of articles several times slower (profiled).
    // Decoded from the bytes rather than read with 'utf8', which is slower in Node 24.
    const source = decodeUtf8(file, readFileSync(path), problems);
    const found = source === undefined ? undefined : checkFile(file, source, problems);
    if (found) articles.push(found);
    else broken.add(idOf(file));
  }
  return { articles, problems, broken };
}

/**
 * A file the articles collection does not load (it loads `*.md` only): a
 * `.markdown`, `.mdx` or `.txt` file would silently not be on the site.
 */
function notMarkdown(file: string): Problem {
  const extension = /\.[^./]+$/.exec(file)?.[0];
  return {
    file,
    field: 'file',
    message: `expected an article file ending in .md, got ${extension ? `"${extension}"` : 'no extension'}: the site does not publish this file; rename it to .md or move it out of ${ARTICLES_DIR}/`,
  };
}

/** Validates one article file; pushes its problems and returns it when usable. */
export function checkFile(
  file: string,
  source: string,
  problems: Problem[],
): ReadArticle | undefined {
  const report = (field: string, message: string, line?: number) =>
    problems.push({ file, line, field, message });
  // Here rather than where files are read: the importer checks its text with this too.
  if (!checkControlCharacters(file, source, problems)) return undefined;
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
    const { line, message } = frontMatterError(source, error);
    report('front matter', message, line || undefined);
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
  problems.push(
    ...checkMarkdown(
      file,
      parsed.content,
      bodyLineOf(source, parsed.content),
      result.data.otherLanguages,
    ),
  );
  if (!parsed.content.trim()) {
    report('body', 'expected the article text after the front matter');
  }
  return { id: `${folder}/${slug}`, file, data: result.data, body: parsed.content, lineOf };
}
