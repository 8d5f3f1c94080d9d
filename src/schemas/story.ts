import { z } from 'astro/zod';
import { articleIdSchema } from './fields';
import { localizedTextSchema } from './localized';

/**
 * A story that several articles cover, `content/stories/<id>.yaml` (the file
 * name is its id). Its articles are those listed here and those whose front
 * matter names it (`story: <id>`); both links are checked when the site builds.
 */
export const storySchema = z.strictObject({
  /** A neutral, factual title in each configured language (all required). */
  title: localizedTextSchema,
  /** One or two sentences on what the story is about, in each configured language. */
  summary: localizedTextSchema,
  /** Ids (`<lang>/<slug>`) of the articles that cover the story. */
  articles: z.array(articleIdSchema).default([]),
});

/** Validated data of a story file. */
export type StoryData = z.output<typeof storySchema>;
