import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { AliasIndex, type MentionEntity } from '../lib/mentions/alias-index';
import { collectMentions } from '../lib/mentions/collect-mentions';
import { textRuns } from '../lib/mentions/text-runs';

/** Options of `rehypeEntityMentions`. */
export interface EntityMentionsOptions {
  /** The entities to look for, with their surface forms per language. */
  entities: readonly MentionEntity[];
  /**
   * A digest of the entity files. Astro keeps rendered Markdown in its data
   * store and re-renders an article only when the article file changes, or
   * when the Astro config (markdown options included, as JSON) changes. Entity
   * files are not articles, so without this an edited entity would leave every
   * article's mentions stale until the cache is cleared. The entities are JSON
   * too and would change the config on their own; the digest keeps that true
   * even if the options one day carry something JSON cannot show (a Map, a
   * compiled matcher), and says in one value which entity set a render used.
   */
  digest?: string;
}

/**
 * Finds which entities an article mentions, in any inflected form, and records
 * them as data: `mentions` in the render's front matter, a list of
 * `{ entity, count }` (see `lib/mentions/collect-mentions.ts`). Each text is
 * matched in the language of the element it stands in. It never changes the
 * article's words or markup, so the quotes an entity page shows are found
 * again in the rendered HTML (`Analysis.quotes`). Astro keeps every render in
 * its content store, which each build saves and loads whole: with the quotes
 * in it, at 10,000 articles the store was 164 MB instead of 108 MB and took
 * seconds longer to save and load, for quotes of the few articles each entity
 * page lists.
 */
export function rehypeEntityMentions(options: EntityMentionsOptions) {
  const index = new AliasIndex(options.entities);
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const lang = typeof frontmatter.lang === 'string' ? frontmatter.lang : 'und';
    frontmatter.mentions = collectMentions(textRuns(tree, lang), index);
  };
}
