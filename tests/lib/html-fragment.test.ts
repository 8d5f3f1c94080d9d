import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { parseHtmlFragment } from '../../src/lib/html-fragment';

/** A copy of a tree without the source positions hast-util-from-html adds. */
function withoutPositions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutPositions);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => key !== 'position')
      .map(([key, value]) => [key, withoutPositions(value)]),
  );
}

describe('parseHtmlFragment', () => {
  const html =
    '<h2 id="a">Astana &amp; Moskau</h2>\n<p>Text <em>mit</em> Markup.</p>\n' +
    '<div lang="en"><p>An English passage.</p></div><table><tr><td>1</td></tr></table>';

  it('gives the tree hast-util-from-html gives, without source positions', () => {
    const tree = parseHtmlFragment(html);
    expect(tree).toEqual(withoutPositions(fromHtml(html, { fragment: true })));
    expect(JSON.stringify(tree)).not.toContain('"position"');
  });

  it('reads attributes as properties and decodes character references', () => {
    const [heading] = parseHtmlFragment(html).children;
    expect(heading).toMatchObject({
      type: 'element',
      tagName: 'h2',
      properties: { id: 'a' },
      children: [{ type: 'text', value: 'Astana & Moskau' }],
    });
  });
});
