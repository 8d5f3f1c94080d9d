import { readArticles } from '../content/read-articles';
import type { MentionEntity } from '../mentions/alias-index';
import type { ArticleName } from './co-occurring';
import { corpusOf } from './corpus';
import { discoverNames, type Proposal } from './suggest-entities';

/** What the site shows of discovery: names without an entity file, and the names of each article. */
export interface SiteNames {
  /** Names in two articles or more that the catalog has no file for, most articles first. */
  unlisted: Proposal[];
  /** Every name found in an article, catalog entities by their id. */
  namesOf(article: string): readonly ArticleName[];
}

/** Discovery's findings for the site as plain data (what a worker thread can send). */
export interface SiteNamesData {
  unlisted: Proposal[];
  /** Each article's names, by article id. */
  byArticle: Map<string, ArticleName[]>;
}

/** A name without an entity file is listed on the site when this many articles name it. */
export const MIN_UNLISTED_ARTICLES = 2;

/**
 * Runs discovery on the project's articles (read from `root`, as the commands
 * read them) for the pages: names the catalog lacks, and which names each
 * article has, with catalog names under their entity's id.
 */
export async function discoverSiteNames(
  root: string,
  catalog: readonly MentionEntity[],
): Promise<SiteNamesData> {
  const { articles } = await readArticles(root);
  const proposals = discoverNames(corpusOf(articles), catalog);
  const byArticle = new Map<string, ArticleName[]>();
  for (const proposal of proposals) {
    const name: ArticleName = {
      id: proposal.known ?? proposal.id,
      known: Boolean(proposal.known),
      names: proposal.names,
    };
    for (const article of proposal.articles) {
      const list = byArticle.get(article) ?? [];
      if (!list.some((other) => other.id === name.id)) list.push(name);
      byArticle.set(article, list);
    }
  }
  return {
    unlisted: proposals.filter((p) => !p.known && p.articles.length >= MIN_UNLISTED_ARTICLES),
    byArticle,
  };
}

/** The pages' view of discovery's findings. */
export function siteNamesOf({ unlisted, byArticle }: SiteNamesData): SiteNames {
  return { unlisted, namesOf: (article) => byArticle.get(article) ?? [] };
}
