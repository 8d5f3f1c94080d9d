import { checkEntityForms } from './check-entity-forms';
import { checkStoryLinks } from './check-story-links';
import type { Problem } from './problem';
import { readArticles } from './read-articles';
import { readEntities } from './read-entities';
import { readStories } from './read-stories';
import { checkTranslationGraph } from './translation-graph';

/**
 * Validates all content under `root` without building the site: each file on
 * its own (articles, entities, stories), then the links between them. Every
 * problem is returned, not the first.
 */
export async function validateContent(root: string): Promise<Problem[]> {
  const [articles, entities, stories] = await Promise.all([
    readArticles(root),
    readEntities(root),
    readStories(root),
  ]);
  return [
    ...articles.problems,
    ...entities.problems,
    ...stories.problems,
    ...checkTranslationGraph(articles.articles),
    ...checkEntityForms(entities.entities),
    ...checkStoryLinks(stories.stories, articles.articles),
  ];
}
