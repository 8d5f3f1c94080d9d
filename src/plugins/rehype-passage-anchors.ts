import type { Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { BLOCK_ELEMENTS, elementLang } from '../lib/element-language';
import { passageAnchorId } from '../lib/search/passage-anchors';

/**
 * Gives every block where the text changes language an id naming the language
 * it changes to (`lang-1-en` on the first block of an English passage of a
 * German article, `lang-2-de` on the first German block after it). The search
 * index keeps ids with their positions in the text but not `lang`, so these ids
 * are how a search result's excerpt knows which of its words are English (see
 * `lib/search/passage-anchors.ts`). An article in one language gets none.
 *
 * Runs after the sanitiser, which would prefix the ids. A heading, whose id
 * Astro makes from its text for links, or a block with an id of its own keeps
 * its id, and the marker is an empty `<span>` at its start instead. Text that
 * follows a passage inside the same block (rare in articles) counts as the
 * passage's language.
 */
/** Headings get their ids from their text (Astro's heading ids). */
const HEADING = /^h[1-6]$/;

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
        if (own !== shown && BLOCK_ELEMENTS.has(node.tagName)) {
          count += 1;
          const id = passageAnchorId(count, own);
          if (node.properties.id === undefined && !HEADING.test(node.tagName)) {
            node.properties.id = id;
          } else {
            node.children.unshift({
              type: 'element',
              tagName: 'span',
              properties: { id },
              children: [],
            });
          }
          shown = own;
        }
        walk(node.children, own);
      }
    };
    walk(tree.children, lang);
  };
}
