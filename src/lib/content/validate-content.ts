import type { Problem } from './problem';
import { readArticles } from './read-articles';
import { checkTranslationGraph } from './translation-graph';

/**
 * Validates all content under `root` without building the site: each file on
 * its own, then the links between them. Every problem is returned, not the first.
 */
export async function validateContent(root: string): Promise<Problem[]> {
  const { articles, problems } = await readArticles(root);
  return [...problems, ...checkTranslationGraph(articles)];
}
