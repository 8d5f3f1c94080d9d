/**
 * What the tests expect, read from the sources an editor writes (the Markdown
 * files in content/articles and the UI string files in src/i18n/ui), not from
 * the code that builds the site, so that a bug there cannot hide itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ARTICLES_DIR, UI_DIR } from './paths';

/** One article file, as its front matter and place describe it. */
export interface ContentArticle {
  /** Path relative to the project root, e.g. `content/articles/es/<slug>.md`. */
  file: string;
  /** The language, from the folder (`content/articles/<lang>/`). */
  lang: string;
  slug: string;
  /** Where the built site publishes it: `/<lang>/articles/<slug>/`. */
  path: string;
  title: string;
  group?: string;
  translationOf?: string;
  otherLanguages: string[];
  /** The date as the editor wrote it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** The Markdown after the front matter. */
  body: string;
}

function asDateText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

/** Every article in content/articles, sorted by file path. */
export function readContent(): ContentArticle[] {
  const articles: ContentArticle[] = [];
  for (const lang of readdirSync(ARTICLES_DIR).sort()) {
    for (const name of readdirSync(join(ARTICLES_DIR, lang)).sort()) {
      if (!name.endsWith('.md')) continue;
      const source = readFileSync(join(ARTICLES_DIR, lang, name), 'utf8');
      const { frontmatter: data, content } = parseFrontmatter(source);
      const slug = basename(name, '.md');
      articles.push({
        file: `content/articles/${lang}/${name}`,
        lang,
        slug,
        path: `/${lang}/articles/${slug}/`,
        title: String(data.title),
        ...(typeof data.group === 'string' ? { group: data.group } : {}),
        ...(typeof data.translationOf === 'string' ? { translationOf: data.translationOf } : {}),
        otherLanguages: Array.isArray(data.otherLanguages) ? data.otherLanguages.map(String) : [],
        ...(asDateText(data.date) ? { date: asDateText(data.date)! } : {}),
        body: content,
      });
    }
  }
  return articles;
}

/** The language versions of `article` (itself included): its translation group, or just itself. */
export function versionsOf(
  article: ContentArticle,
  all: readonly ContentArticle[],
): ContentArticle[] {
  return article.group ? all.filter((a) => a.group === article.group) : [article];
}

/** The UI string file of one language, `src/i18n/ui/<lang>.ts`. */
export type UiStrings = Record<string, string | Record<string, string>>;

/** The languages that have a UI string file, sorted. */
export function uiLanguages(): string[] {
  return readdirSync(UI_DIR)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => basename(name, '.ts'))
    .sort();
}

/** Loads `src/i18n/ui/<lang>.ts`. */
export async function loadUi(lang: string): Promise<UiStrings> {
  const module = (await import(pathToFileURL(join(UI_DIR, `${lang}.ts`)).href)) as {
    default: UiStrings;
  };
  return module.default;
}

/** A single-string UI message, failing loudly when the key is missing. */
export function text(ui: UiStrings, key: string): string {
  const value = ui[key];
  if (typeof value !== 'string') throw new Error(`UI string ${key} is missing or not a string`);
  return value;
}

/**
 * The paragraphs of a Markdown body with the language each is written in:
 * blocks inside `:::lang{code=xx}` … `:::` are in `xx`, the rest in `lang`.
 * Only plain paragraphs matter here; headings and lists are left out.
 */
export function paragraphsWithLanguage(
  body: string,
  lang: string,
): { text: string; lang: string }[] {
  const paragraphs: { text: string; lang: string }[] = [];
  let current = lang;
  let lines: string[] = [];
  const flush = () => {
    const joined = lines.join(' ').trim();
    if (joined && !/^(#|[-*+] |\d+\. |>)/.test(joined))
      paragraphs.push({ text: joined, lang: current });
    lines = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const open = /^:::lang\{code=["']?([A-Za-z0-9-]+)["']?\}\s*$/.exec(line.trim());
    if (open) {
      flush();
      current = open[1]!;
    } else if (line.trim() === ':::') {
      flush();
      current = lang;
    } else if (!line.trim()) {
      flush();
    } else {
      lines.push(line.trim());
    }
  }
  flush();
  return paragraphs;
}
