import type { ReadArticle } from '../content/read-articles';
import type { TextRun } from '../mentions/text-runs';
import type { PartialDate } from '../partial-date';
import { articleRuns } from './article-text';

/** An article as discovery reads it: where it belongs and its prose by language. */
export interface CorpusArticle {
  /** `<lang>/<slug>`. */
  id: string;
  lang: string;
  date?: PartialDate;
  /** Translation group. */
  group?: string;
  /** The story its front matter names. */
  story?: string;
  runs: TextRun[];
}

/**
 * A block that appears word for word in this many articles or more is the
 * outlet's boilerplate ("Subscribe to our channel", a signature), not news.
 */
const BOILERPLATE_ARTICLES = 3;

/** The articles' prose, without blocks repeated across articles (outlet boilerplate). */
export function corpusOf(articles: readonly ReadArticle[]): CorpusArticle[] {
  const read = articles.map((article) => ({
    id: article.id,
    lang: article.data.lang,
    date: article.data.date,
    group: article.data.group,
    story: article.data.story,
    runs: articleRuns(article.body, article.data.lang),
  }));
  const seen = new Map<string, number>();
  for (const article of read)
    for (const text of new Set(article.runs.map((run) => run.text)))
      seen.set(text, (seen.get(text) ?? 0) + 1);
  for (const article of read)
    article.runs = article.runs.filter((run) => (seen.get(run.text) ?? 0) < BOILERPLATE_ARTICLES);
  return read;
}
