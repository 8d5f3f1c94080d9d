import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { globWithRenderWorkers } from './astro-patches/glob-with-render-workers';
import { ARTICLES_DIR, ENTITIES_DIR, STORIES_DIR } from './lib/content/paths';
import { articleSchema } from './schemas/article';
import { entitySchema } from './schemas/entity';
import { storySchema } from './schemas/story';

/**
 * Every article, one Markdown file per language version: `content/articles/<lang>/<slug>.md`.
 * Pages use the rendered HTML only; keeping each raw body too made the data
 * store (which the build loads as one module) a third larger at 10,000 articles.
 * Their Markdown is rendered on worker threads (src/astro-patches/).
 */
const articles = defineCollection({
  loader: globWithRenderWorkers({
    pattern: '*/*.md',
    base: `./${ARTICLES_DIR}`,
    retainBody: false,
  }),
  schema: articleSchema,
});

/** People, organisations and places that articles mention: `content/entities/<id>.yaml`. */
const entities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `./${ENTITIES_DIR}` }),
  schema: entitySchema,
});

/** Stories that several articles cover: `content/stories/<id>.yaml`. */
const stories = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `./${STORIES_DIR}` }),
  schema: storySchema,
});

export const collections = { articles, entities, stories };
