import { checkEntityForms } from './check-entity-forms';
import { checkFormWords } from './check-form-words';
import { checkLeadImages } from './check-lead-images';
import { checkStoryLinks } from './check-story-links';
import type { Problem } from './problem';
import { readArticles, type ReadArticle } from './read-articles';
import { readEntities } from './read-entities';
import { readStories } from './read-stories';
import { checkTranslationGraph } from './translation-graph';

/** The problems of the content, and the articles as they were read. */
export interface CheckedContent {
  problems: Problem[];
  /** Every article file that could be read and validated on its own. */
  articles: ReadArticle[];
}

/**
 * Validates all content under `root` without building the site: each file on
 * its own (articles, entities, stories), then the links between them. Every
 * problem is returned, not the first, with the articles read.
 */
export async function checkContent(root: string): Promise<CheckedContent> {
  const [articles, entities, stories] = await Promise.all([
    readArticles(root),
    readEntities(root),
    readStories(root),
  ]);
  const problems = [
    ...articles.problems,
    ...entities.problems,
    ...stories.problems,
    ...checkTranslationGraph(articles.articles, articles.broken),
    ...checkFormWords(entities.entities),
    ...checkEntityForms(entities.entities),
    ...checkStoryLinks(stories.stories, articles.articles, {
      articles: articles.broken,
      stories: stories.broken,
    }),
    ...checkLeadImages(root, articles.articles),
  ];
  return { problems, articles: articles.articles };
}

/** The problems `checkContent` finds. */
export async function validateContent(root: string): Promise<Problem[]> {
  return (await checkContent(root)).problems;
}
