import { describe, expect, it } from 'vitest';
import { topMentions } from '../../../src/lib/analysis/top-mentions';

const entry = (id: string, count: number) => ({ id, mention: { count } });

describe('topMentions', () => {
  it('keeps the articles that mention the entity most, ties in their given order', () => {
    const entries = [entry('a', 1), entry('b', 5), entry('c', 2), entry('d', 5)];
    expect(topMentions(entries, 3).map((e) => e.id)).toEqual(['b', 'd', 'c']);
  });

  it('keeps everything when there are fewer than the limit', () => {
    expect(topMentions([entry('a', 1)], 50)).toHaveLength(1);
  });
});
