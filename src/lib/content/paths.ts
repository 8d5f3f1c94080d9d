/**
 * Where the content lives, relative to the project root: the one statement of
 * the folders that the content collections (src/content.config.ts), the content
 * checks, the importer and the build script read. Free of imports, so plain
 * Node can load it (scripts/build.mjs).
 */

/** Articles, one Markdown file per language version: `content/articles/<lang>/<slug>.md`. */
export const ARTICLES_DIR = 'content/articles';

/** People, organisations and places that articles mention: `content/entities/<id>.yaml`. */
export const ENTITIES_DIR = 'content/entities';

/** Stories that several articles cover: `content/stories/<id>.yaml`. */
export const STORIES_DIR = 'content/stories';
