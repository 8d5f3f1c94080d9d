import { storySchema, type StoryData } from '../../schemas/story';
import type { Problem } from './problem';
import { readYamlCollection, type YamlFile } from './yaml-file';
import { STORIES_DIR } from './paths';

/** Re-exported from `paths.ts`, where the content folders are defined. */
export { STORIES_DIR };

/** A story file read and validated on its own. */
export type ReadStory = YamlFile<StoryData>;

/** Reads and validates every `content/stories/<id>.yaml`, collecting every problem. */
export async function readStories(
  root: string,
): Promise<{ stories: ReadStory[]; problems: Problem[]; broken: Set<string> }> {
  const { items, problems, broken } = await readYamlCollection(
    root,
    STORIES_DIR,
    storySchema,
    'src/schemas/story.ts',
  );
  return { stories: items, problems, broken };
}
