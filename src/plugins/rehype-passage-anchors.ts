import type { Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { BLOCK_ELEMENTS, elementLang } from '../lib/element-language';
import { passageAnchorId } from '../lib/search/passage-anchors';

/** The blocks that can hold the marker: all but a table row, which holds only cells. */
const MARKED = new Set([...BLOCK_ELEMENTS].filter((tag) => tag !== 'tr'));

/**
 * Marks every block where the text changes language with an empty
 * `<span id>` at its start that names the language it changes to (`lang-1-en`
 * in the first block of an English passage of a German article, `lang-2-de` in
 * the first German block after it). The search index keeps ids with their
 * positions in the text but not `lang`, so these ids are how a search result's
 * excerpt knows which of its words are English (see
 * `lib/search/passage-anchors.ts`). An article in one language gets none.
 *
 * Why an empty span and not an id on the block itself: the index also stores
 * the text of every element with an id, so an id on a paragraph stored it
 * twice (half again the text of a mixed article's index entry), and headings
 * and some blocks have ids of their own (Astro makes heading ids from the text
 * for links).
 *
 * Runs after the sanitiser, which would prefix the ids. Text that follows a
 * passage inside the same block (rare in articles) counts as the passage's
 * language.
 */
export function rehypePassageAnchors() {
  return (tree: Root, file: VFile) => {
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const lang = typeof frontmatter.lang === 'string' ? frontmatter.lang : 'und';
    let shown = lang;
    let count = 0;
    const walk = (nodes: RootContent[], inherited: string) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        const own = elementLang(node) ?? inherited;
        if (own !== shown && MARKED.has(node.tagName)) {
          count += 1;
          const id = passageAnchorId(count, own);
          node.children.unshift({
            type: 'element',
            tagName: 'span',
            properties: { id },
            children: [],
          });
          shown = own;
        }
        walk(node.children, own);
      }
    };
    walk(tree.children, lang);
  };
}
