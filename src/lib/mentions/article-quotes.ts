import { AliasIndex, type MentionEntity } from './alias-index';
import { quoteMentions, type MentionContext } from './collect-mentions';
import { textRuns, type TextRun } from './text-runs';
import { parseHtmlFragment } from '../html-fragment';

/** What quoting needs of an article: its id, language and rendered HTML. */
export interface QuotedArticle {
  id: string;
  lang: string;
  html: string;
}

/**
 * Quotes of an entity's mentions in an article, found in its rendered HTML.
 * The mention plugin (`rehypeEntityMentions`) runs last and changes nothing,
 * so the HTML parses back into the text and languages it read, and the quotes
 * are the ones it would have found. An entity page asks for the quotes of
 * fifty articles in each of five UI languages, and an article appears on the
 * pages of many entities: each article is parsed once and each quote list
 * found once per build.
 */
export function articleQuotes(
  entities: readonly MentionEntity[],
): (article: QuotedArticle, entity: string) => MentionContext[] {
  const index = new AliasIndex(entities);
  const runs = new Map<string, TextRun[]>();
  const quotes = new Map<string, MentionContext[]>();
  return (article, entity) => {
    const key = `${article.id}\n${entity}`;
    let found = quotes.get(key);
    if (!found) {
      let text = runs.get(article.id);
      if (!text) {
        text = textRuns(parseHtmlFragment(article.html), article.lang);
        runs.set(article.id, text);
      }
      found = quoteMentions(text, index, entity);
      quotes.set(key, found);
    }
    return found;
  };
}
