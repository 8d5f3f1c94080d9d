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
 * The ids of every story's articles: those the story lists, in its order,
 * then those that name it in their front matter and are not listed, in the
 * order given (the catalog's, newest first). The articles are grouped by the
 * story they name once: asking every article of the archive for each story
 * grew with stories × articles (docs/performance.md).
 */
export function storyMembers(
  stories: readonly StoryRef[],
  articles: readonly StoryMemberRef[],
): Map<string, string[]> {
  const naming = new Map<string, string[]>();
  for (const { id, data } of articles) {
    if (data.story === undefined) continue;
    const ids = naming.get(data.story);
    if (ids) ids.push(id);
    else naming.set(data.story, [id]);
  }
  return new Map(
    stories.map((story) => {
      const listed = new Set(story.data.articles);
      const unlisted = (naming.get(story.id) ?? []).filter((id) => !listed.has(id));
      return [story.id, [...listed, ...unlisted]];
    }),
  );
}
