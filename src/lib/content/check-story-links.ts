import { STORIES_DIR, type ReadStory } from './read-stories';
import type { Problem } from './problem';
import type { LocatedArticle } from './translation-graph';

/** An article as the story check needs it: where it is, and the story it names. */
export interface StoryLinkedArticle extends Pick<LocatedArticle, 'id' | 'file' | 'lineOf'> {
  data: { story?: string };
}

/**
 * Checks the links between stories and articles, both ways: every article a
 * story lists exists (and is listed once), and every story an article names
 * (`story:` in its front matter) exists. Links to files that exist but are
 * invalid (`broken`, reported on their own) are not reported again.
 */
export function checkStoryLinks(
  stories: readonly ReadStory[],
  articles: readonly StoryLinkedArticle[],
  broken: { articles?: ReadonlySet<string>; stories?: ReadonlySet<string> } = {},
): Problem[] {
  const problems: Problem[] = [];
  const articleIds = new Set(articles.map((a) => a.id));
  const storyIds = new Set(stories.map((s) => s.id));
  for (const story of stories) {
    const seen = new Set<string>();
    story.data.articles.forEach((id, index) => {
      const at = {
        file: story.file,
        line: story.lineOf(['articles', index]),
        field: `articles.${index}`,
      };
      if (seen.has(id)) {
        problems.push({
          ...at,
          message: `expected each article once, but "${id}" is listed again`,
        });
      } else if (!articleIds.has(id) && !broken.articles?.has(id)) {
        problems.push({
          ...at,
          message: `expected the id of an existing article ("<lang>/<slug>"), but "${id}" does not exist`,
        });
      }
      seen.add(id);
    });
  }
  for (const article of articles) {
    const story = article.data.story;
    if (story === undefined || storyIds.has(story) || broken.stories?.has(story)) continue;
    const known = [...storyIds].sort();
    problems.push({
      file: article.file,
      line: article.lineOf('story'),
      field: 'story',
      message: `expected the id of a story in ${STORIES_DIR}/ (${known.length ? `one of ${known.join(', ')}` : 'there are none'}), but "${story}" does not exist`,
    });
  }
  return problems;
}
