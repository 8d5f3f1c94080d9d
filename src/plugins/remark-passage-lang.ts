import type { Root } from 'mdast';
// Brings in the `hProperties` field that remark-rehype reads from mdast nodes.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { languageTagSchema } from '../schemas/fields';

/**
 * Marks passages written in another language. In Markdown an editor wraps them:
 *
 * ```md
 * :::lang{code=en}
 * A paragraph in English.
 * :::
 * ```
 *
 * Each block inside gets `lang="en"` itself (screen readers, hyphenation and
 * search all read the language per element), and the wrapper disappears, so
 * the page's structure stays the same as without it. The code must be listed
 * in the article's `otherLanguages`, which keeps front matter and text honest.
 */
export function remarkPassageLang() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data.astro?.frontmatter ?? {}) as { otherLanguages?: unknown };
    const declared = Array.isArray(frontmatter.otherLanguages) ? frontmatter.otherLanguages : [];
    visit(tree, 'containerDirective', (node, index, parent) => {
      if (node.name !== 'lang' || !parent || index === undefined) return;
      const code = node.attributes?.code ?? '';
      const where = `${file.path ?? 'Markdown'}:${node.position?.start.line ?? '?'}`;
      if (!languageTagSchema.safeParse(code).success) {
        file.fail(
          `${where}: :::lang needs {code=<language>} with a BCP 47 tag, got ${JSON.stringify(code)}`,
          node,
        );
      }
      if (!declared.includes(code)) {
        file.fail(
          `${where}: passage in "${code}" but otherLanguages does not list it (expected otherLanguages to include "${code}")`,
          node,
        );
      }
      for (const child of node.children) {
        child.data = { ...child.data, hProperties: { ...child.data?.hProperties, lang: code } };
      }
      parent.children.splice(index, 1, ...node.children);
      return index + node.children.length;
    });
  };
}
