import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { readMentions } from '../lib/mentions/collect-mentions';
import { textRuns } from '../lib/mentions/text-runs';
import { EquivalentMatcher, entityCode } from '../lib/search/equivalent-matcher';
import type { Concept } from '../lib/search/equivalents';

/** Options of `rehypeEquivalentKeys`. */
export interface EquivalentKeysOptions {
  /** The regions and lexicon words to look for (`loadConcepts`); entities come from the mentions. */
  concepts: readonly Concept[];
  /** A digest of the concepts: a changed lexicon re-renders the articles (see rehypeEntityMentions). */
  digest?: string;
}

/**
 * Adds to an article's search keys (`searchKeys` in the render's front matter,
 * from `rehypeSearchKeys`) the codes of the concepts it names in any language's
 * form: the entities the mention plugin found, the countries and regions, and
 * the lexicon's words (see lib/search/equivalents.ts). A search for "Moscow"
 * then finds "Moskau" through the code they share. Runs after the mention
 * plugin, whose result it reads; it changes nothing in the article.
 */
export function rehypeEquivalentKeys(options: EquivalentKeysOptions) {
  let matcher: EquivalentMatcher | undefined;
  return (tree: Root, file: VFile) => {
    matcher ??= new EquivalentMatcher(options.concepts);
    const astro = (file.data.astro ??= {});
    const frontmatter = (astro.frontmatter ??= {});
    const lang = typeof frontmatter.lang === 'string' ? frontmatter.lang : 'und';
    const runs = textRuns(tree, lang);
    if (typeof frontmatter.title === 'string') runs.push({ lang, text: frontmatter.title });
    const codes = matcher.codes(runs);
    for (const { entity } of readMentions(frontmatter.mentions)) codes.add(entityCode(entity));
    if (codes.size === 0) return;
    const keys = typeof frontmatter.searchKeys === 'string' ? frontmatter.searchKeys : '';
    frontmatter.searchKeys = [keys, ...[...codes].sort()].filter(Boolean).join(' ');
  };
}
