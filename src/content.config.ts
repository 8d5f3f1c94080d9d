import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

/** Every article, one Markdown file per language version: `content/articles/<lang>/<slug>.md`. */
const articles = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
