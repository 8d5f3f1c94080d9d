/**
 * The articles the designs index, read once at the start.
 *
 * Exists to give every design the same input: the built article pages from
 * dist/ (copied into memory at once, so a concurrent rebuild cannot change them
 * mid-run), the same pages with our search keys removed (for the designs that
 * do not use them), and the article text from content/articles/ that the
 * expected results of each query are derived from.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export interface Article {
  /** Short label used in the tables: the language, "+en" for a mixed article. */
  label: string;
  /** The language of the page (<html lang>), which Pagefind's default splits on. */
  lang: string;
  /** The URL path of the page, e.g. /de/articles/slug/. */
  url: string;
  /** The built page as it is in dist/. */
  html: string;
  /** The built page without the hidden search record (keys, filter, sort). */
  strippedHtml: string;
  /** Title and body of the Markdown source, for the expected results. */
  text: string;
}

/**
 * The hidden record SearchRecord.astro writes into every article page: it
 * carries our search keys (`data-pagefind-meta="keys"`) plus the language
 * filter, date sort and result metadata. None of it is needed by designs A–D.
 */
const SEARCH_RECORD = /<div hidden data-pagefind-ignore>(?:(?!<\/div>)[\s\S])*<\/div>/g;

function frontmatter(markdown: string): { fields: Record<string, string>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(markdown);
  if (!match) return { fields: {}, body: markdown };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (field) fields[field[1]!] = field[2]!.replace(/^["']|["']$/g, '');
  }
  return { fields, body: match[2]! };
}

/** Removes our search record from a built page; fails if any key survives. */
export function stripSearchRecord(html: string, url: string): string {
  const stripped = html.replace(SEARCH_RECORD, '');
  if (stripped.includes('data-pagefind-meta="keys"')) {
    throw new Error(`Could not remove the search keys from ${url}; has SearchRecord changed?`);
  }
  return stripped;
}

/** Reads every article of content/articles/ and its built page in dist/. */
export function readArticles(root: string): Article[] {
  const contentDir = join(root, 'content', 'articles');
  const articles: Article[] = [];
  for (const dir of readdirSync(contentDir).sort()) {
    for (const file of readdirSync(join(contentDir, dir)).sort()) {
      if (!file.endsWith('.md')) continue;
      const slug = file.slice(0, -'.md'.length);
      const { fields, body } = frontmatter(readFileSync(join(contentDir, dir, file), 'utf8'));
      const lang = fields.lang ?? dir;
      const url = `/${lang}/articles/${slug}/`;
      const page = join(root, 'dist', lang, 'articles', slug, 'index.html');
      if (!existsSync(page)) {
        throw new Error(`${page} is missing: run \`npm run build\` first.`);
      }
      const html = readFileSync(page, 'utf8');
      const others = (fields.otherLanguages ?? '').match(/[a-z]{2}/g) ?? [];
      articles.push({
        label: [lang, ...others].join('+'),
        lang,
        url,
        html,
        strippedHtml: stripSearchRecord(html, url),
        text: `${fields.title ?? ''}\n${body}`,
      });
    }
  }
  // Two articles with the same label get a number, so every label names one article.
  const seen = new Map<string, number>();
  for (const article of articles) {
    const count = (seen.get(article.label) ?? 0) + 1;
    seen.set(article.label, count);
    if (count > 1) article.label = `${article.label}#${count}`;
  }
  if (articles.length === 0) throw new Error(`No articles in ${contentDir}.`);
  return articles;
}

/** The article a search result URL points to, matched by its path. */
export function articleOf(articles: Article[], resultUrl: string): Article | undefined {
  const path = new URL(resultUrl, 'http://x').pathname;
  return articles.find((article) => path.endsWith(article.url));
}
