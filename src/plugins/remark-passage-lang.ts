import type { Root } from 'mdast';
// Brings in the `hProperties` field that remark-rehype reads from mdast nodes.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { passageLanguageError } from '../lib/content/passage-language';

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
      const error = passageLanguageError(code, declared);
      // The content check reports this before a build renders anything; here
      // only for Markdown rendered without it (the line counts from the body).
      const where = `${file.path ?? 'Markdown'}:${node.position?.start.line ?? '?'}`;
      if (error) file.fail(`${where}: ${error}`, node);
      for (const child of node.children) {
        child.data = { ...child.data, hProperties: { ...child.data?.hProperties, lang: code } };
      }
      parent.children.splice(index, 1, ...node.children);
      return index + node.children.length;
    });
  };
}
