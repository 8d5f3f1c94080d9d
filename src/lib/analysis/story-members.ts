/** A story as membership needs it. */
export interface StoryRef {
  id: string;
  data: { articles: readonly string[] };
}

/** An article as membership needs it. */
export interface StoryMemberRef {
  id: string;
  data: { story?: string };
}

/**
 * The ids of a story's articles: those the story lists, in its order, then
 * those that name it in their front matter and are not listed, in the order
 * given (the catalog's, newest first).
 */
export function storyMembers(story: StoryRef, articles: readonly StoryMemberRef[]): string[] {
  const listed = [...new Set(story.data.articles)];
  const naming = articles
    .filter((article) => article.data.story === story.id && !listed.includes(article.id))
    .map((article) => article.id);
  return [...listed, ...naming];
}
