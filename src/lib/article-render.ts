import { cacheDir } from 'astro:config/server';
import { fileURLToPath } from 'node:url';
import { readBeside, RENDERS_DIR } from '../astro-patches/renders-beside-store';
import type { Article } from './catalog';

/** Where the articles' HTML and search keys are kept, beside Astro's content store. */
const dir = fileURLToPath(new URL(`${RENDERS_DIR}/`, cacheDir));

/**
 * `article` with its whole render, HTML and search keys included: the content
 * store keeps them beside it (see astro-patches/renders-beside-store.ts). Take
 * an article through this before reading its HTML or calling `render()`.
 */
export function withRender(article: Article): Article {
  return article.rendered ? { ...article, rendered: readBeside(article.rendered, dir) } : article;
}
