import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/** Container directives this site gives a meaning to; every other directive is plain text. */
export const KNOWN_CONTAINERS: ReadonlySet<string> = new Set(['lang']);

/**
 * `remark-directive` reads any `:word` as a text directive, so news prose such as
 * a clock time written with a colon or "Foto:bzns" would lose words. This
 * plugin puts such accidental directives back as the exact text the author
 * wrote, taken from the source, so only the container directives we define
 * (`:::lang{...}`) have any effect.
 */
export function remarkDirectiveAsText() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'containerDirective' && KNOWN_CONTAINERS.has(node.name)) return;
      if (
        node.type !== 'textDirective' &&
        node.type !== 'leafDirective' &&
        node.type !== 'containerDirective'
      )
        return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const value =
        start === undefined || end === undefined ? `:${node.name}` : source.slice(start, end);
      const text: Text = { type: 'text', value };
      if (node.type === 'textDirective') {
        parent.children.splice(index, 1, text as never);
      } else {
        parent.children.splice(index, 1, { type: 'paragraph', children: [text] } as never);
      }
      return [SKIP, index + 1];
    });
  };
}
