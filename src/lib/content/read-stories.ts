import { locales } from '../../i18n/locales';
import { storySchema, type StoryData } from '../../schemas/story';
import type { Problem } from './problem';
import { readYamlDir } from './read-yaml-dir';
import { checkYamlFile, type YamlFile } from './yaml-file';

/** Where the stories live, relative to the project root. */
export const STORIES_DIR = 'content/stories';

/** A story file read and validated on its own. */
export type ReadStory = YamlFile<StoryData>;

function unknownKey(path: readonly (string | number)[], key: string): string {
  return path.length === 0
    ? `unknown field "${key}"; expected one of the fields documented in src/schemas/story.ts`
    : `unknown language "${key}"; expected one of the configured languages (${locales.join(', ')})`;
}

/** Reads and validates every `content/stories/<id>.yaml`, collecting every problem. */
export async function readStories(
  root: string,
): Promise<{ stories: ReadStory[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const stories: ReadStory[] = [];
  for (const { file, id, source } of await readYamlDir(root, STORIES_DIR, problems)) {
    const story = checkYamlFile(file, id, source, storySchema, problems, unknownKey);
    if (story) stories.push(story);
  }
  return { stories, problems };
}
