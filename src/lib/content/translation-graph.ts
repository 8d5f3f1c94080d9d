import { groupArticles, type ArticleRef } from '../translations';
import type { Problem } from './problem';

/** An article as the validator sees it: where it lives, and its front matter. */
export interface LocatedArticle extends ArticleRef {
  /** Path relative to the project root. */
  file: string;
  /** Line of a front-matter field, for error messages. */
  lineOf(field: string): number | undefined;
}

/**
 * Checks what no single file can: that ids are unique, that each translation group
 * has at most one article per language and at most one original, and that every
 * `translationOf` names an existing original in the same group. A link to an
 * article in `broken` (a file that exists but is invalid) is not reported.
 */
export function checkTranslationGraph(
  articles: readonly LocatedArticle[],
  broken: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  const report = (a: LocatedArticle, field: string, message: string) =>
    problems.push({ file: a.file, line: a.lineOf(field), field, message });

  const byId = new Map<string, LocatedArticle>();
  for (const article of articles) {
    const key = article.id.toLowerCase();
    const other = byId.get(key);
    if (other)
      report(
        article,
        'file',
        `expected a unique slug, but ${other.file} has the same URL /${key}/`,
      );
    else byId.set(key, article);
  }

  for (const [group, members] of groupArticles(articles)) {
    const seen = new Map<string, LocatedArticle>();
    for (const article of members) {
      const first = seen.get(article.data.lang);
      if (first) {
        report(
          article,
          'group',
          `expected at most one article per language in group "${group}", but ${first.file} is also "${article.data.lang}"`,
        );
      } else seen.set(article.data.lang, article);
    }
    const originals = members.filter((a) => !a.data.translationOf);
    for (const extra of originals.slice(1)) {
      report(
        extra,
        'translationOf',
        `expected one original in group "${group}", but ${originals[0]!.file} is one too; set translationOf on the translation`,
      );
    }
  }

  for (const article of articles) {
    const of = article.data.translationOf;
    if (!of || of === 'external') continue;
    const original = byId.get(of.toLowerCase());
    // A file that exists but is invalid has its own error; this link is not a second one.
    if (!original && broken.has(of.toLowerCase())) continue;
    if (!original) {
      report(
        article,
        'translationOf',
        `expected the id of an existing article ("<lang>/<slug>"), but "${of}" does not exist`,
      );
    } else if (original === article) {
      report(article, 'translationOf', 'expected another article, not this one');
    } else if (original.data.group !== article.data.group) {
      report(
        article,
        'translationOf',
        `expected an article in the same group "${article.data.group}", but ${original.file} is in ${original.data.group ? `"${original.data.group}"` : 'no group'}`,
      );
    } else if (original.data.translationOf) {
      report(
        article,
        'translationOf',
        `expected the original, but ${original.file} is itself a translation`,
      );
    }
  }
  return problems;
}
