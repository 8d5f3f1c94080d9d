import { describe, expect, it } from 'vitest';
import { alignBlocks, type Block } from '../../../src/lib/analysis/align-blocks';

const blocks = (kinds: string): Block[] =>
  kinds.split(' ').map((kind, i) => ({ kind, html: `<${kind}>#${i}</${kind}>` }));
/** The rows as `left|right` pairs of block indexes, `-` for a gap. */
const shape = (left: string, right: string) =>
  alignBlocks(blocks(left), blocks(right)).map(
    (row) =>
      `${row.left?.html.match(/#(\d+)/)?.[1] ?? '-'}|${row.right?.html.match(/#(\d+)/)?.[1] ?? '-'}`,
  );

describe('alignBlocks', () => {
  it('pairs blocks by order when both versions have as many', () => {
    expect(shape('p p h2 p', 'p p p p')).toEqual(['0|0', '1|1', '2|2', '3|3']);
  });

  it('puts the gaps at the end when only paragraphs differ in number', () => {
    expect(shape('p p p', 'p p p p p')).toEqual(['0|0', '1|1', '2|2', '-|3', '-|4']);
  });

  it('keeps headings facing headings when one version lacks a paragraph before them', () => {
    expect(shape('p p h2 p', 'p h2 p')).toEqual(['0|0', '1|-', '2|1', '3|2']);
  });

  it('treats heading levels as one kind', () => {
    expect(shape('h2 p p', 'h3 p')).toEqual(['0|0', '1|1', '2|-']);
  });

  it('shows a version without blocks against gaps', () => {
    expect(alignBlocks([], blocks('p p')).map((row) => Boolean(row.left))).toEqual([false, false]);
  });
});
