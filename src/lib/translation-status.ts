import { locales, type Locale } from '../i18n/locales';
import type { ArticleData } from '../schemas/article';
import { defaultVersion, groupArticles } from './translations';
import { withBase } from './urls';

/**
 * Which language versions of each article exist and which are missing: one row
 * per translation group, and one per article outside any group. Pure, so the
 * `npm run translations` report and the /<ui>/translations/ page show the same.
 */

/** The least the status needs of an article. */
export interface StatusArticle {
  /** `<lang>/<slug>`. */
  id: string;
  data: Pick<ArticleData, 'lang' | 'title' | 'group' | 'translationOf' | 'machineTranslation'>;
}

/** What a version is: the original, or a (machine) translation. */
export type VersionRole = 'original' | 'translation' | 'machine-translation';

/** One row: a group, or a single article. */
export interface StatusRow<T extends StatusArticle = StatusArticle> {
  /** The group key; undefined for an article outside any group. */
  group?: string;
  /** What names the row in a report: the group key, or the id of a single article. */
  key: string;
  /** The version that stands for the row: the original where there is one. */
  main: T;
  /** The versions in each configured language; an empty list is a missing language. */
  versions: Record<Locale, T[]>;
  /** The configured languages without a version, in locale order. */
  missing: Locale[];
}

/** The role of a version, from its front matter. */
export function roleOf(article: StatusArticle): VersionRole {
  if (!article.data.translationOf) return 'original';
  return article.data.machineTranslation ? 'machine-translation' : 'translation';
}

function row<T extends StatusArticle>(key: string, members: T[], group?: string): StatusRow<T> {
  const versions = Object.fromEntries(
    locales.map((lang) => [lang, members.filter((a) => a.data.lang === lang)]),
  ) as Record<Locale, T[]>;
  return {
    group,
    key,
    main: defaultVersion(members),
    versions,
    missing: locales.filter((lang) => versions[lang].length === 0),
  };
}

/**
 * The status table: groups first, by key, then the articles without a group,
 * by id, so the order is stable from run to run. A group that has two versions
 * in one language (which validation refuses) shows both rather than hiding one.
 */
export function translationStatus<T extends StatusArticle>(articles: readonly T[]): StatusRow<T>[] {
  const groups = [...groupArticles(articles)].sort(([a], [b]) => a.localeCompare(b));
  const singles = articles.filter((a) => !a.data.group).sort((a, b) => a.id.localeCompare(b.id));
  return [
    ...groups.map(([key, members]) => row(key, members, key)),
    ...singles.map((article) => row(article.id, [article])),
  ];
}

const ROLE_TEXT: Record<VersionRole, string> = {
  original: 'original',
  translation: 'translation',
  'machine-translation': 'machine translation',
};

/** Lays out a header and rows in columns two spaces apart, with a rule under the header. */
function columns(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]!].length)));
  const line = (r: string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/**
 * The status as plain text: a table of what each row has in each language
 * ("original", "translation", "missing"), then the article ids of each group.
 */
export function formatStatus(rows: readonly StatusRow[]): string {
  const header = ['group / article', ...locales];
  const cells = rows.map((r) => [
    r.key,
    ...locales.map(
      (lang) => r.versions[lang].map((a) => ROLE_TEXT[roleOf(a)]).join(' + ') || 'missing',
    ),
  ]);
  const table = columns(header, cells);
  const groupCount = rows.filter((r) => r.group).length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const summary = `${count(rows.length, 'row', 'rows')}: ${count(groupCount, 'translation group', 'translation groups')}, ${count(rows.length - groupCount, 'article', 'articles')} without a group`;
  const details = rows
    .filter((r) => r.group)
    .flatMap((r) => [
      `${r.key}:`,
      ...locales.flatMap((lang) => r.versions[lang].map((a) => `  ${lang}  ${a.id}`)),
      `  missing: ${r.missing.join(', ') || 'none'}`,
    ]);
  return [summary, '', ...table, ...(details.length ? ['', ...details] : [])].join('\n');
}

/** Path of the translations page of a UI language: `/de/translations/`. */
export function translationsPath(locale: Locale): string {
  return withBase(`${locale}/translations/`);
}

/** Path of page `page` (1-based) of the translations table: `/de/translations/page/2/`. */
export function translationsPagePath(locale: Locale, page: number): string {
  return page <= 1 ? translationsPath(locale) : `${translationsPath(locale)}page/${page}/`;
}
