import { z } from 'astro/zod';
import { articleIdSchema } from './fields';
import { localizedTextSchema } from './localized';

/**
 * A story that several articles cover, `content/stories/<id>.yaml` (the file
 * name is its id). Its articles are those listed here and those whose front
 * matter names it (`story: <id>`); both links are checked when the site builds.
 */
export const storySchema = z
  .strictObject({
    /**
     * A suggestion not yet written up (`npm run stories -- suggest --write`):
     * the site lists it and says it is a draft; title and summary may be missing.
     */
    draft: z.boolean().default(false),
    /** A neutral, factual title in each configured language (all required unless a draft). */
    title: localizedTextSchema.optional(),
    /** One or two sentences on what the story is about, in each configured language. */
    summary: localizedTextSchema.optional(),
    /** Ids (`<lang>/<slug>`) of the articles that cover the story. */
    articles: z.array(articleIdSchema).default([]),
  })
  .superRefine((story, ctx) => {
    if (story.draft) return;
    for (const field of ['title', 'summary'] as const)
      if (!story[field])
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `expected a ${field} in every configured language (or draft: true for a suggestion not yet written up)`,
        });
  });

/** Validated data of a story file. */
export type StoryData = z.output<typeof storySchema>;
