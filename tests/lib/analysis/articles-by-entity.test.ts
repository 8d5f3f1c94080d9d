import { describe, expect, it } from 'vitest';
import { articlesByEntity } from '../../../src/lib/analysis/articles-by-entity';

describe('articlesByEntity', () => {
  it("lists each entity's articles in the order given, each once, with its first mention", () => {
    const mentions: Record<string, { entity: string; at: number }[]> = {
      'de/new': [
        { entity: 'moscow', at: 1 },
        { entity: 'eu', at: 2 },
        { entity: 'moscow', at: 3 },
      ],
      'es/mid': [],
      'ru/old': [{ entity: 'moscow', at: 4 }],
    };
    const byEntity = articlesByEntity(
      ['de/new', 'es/mid', 'ru/old', 'pl/none'],
      (id) => mentions[id],
    );
    expect(byEntity.get('moscow')).toEqual([
      { article: 'de/new', mention: { entity: 'moscow', at: 1 } },
      { article: 'ru/old', mention: { entity: 'moscow', at: 4 } },
    ]);
    expect(byEntity.get('eu')?.map((entry) => entry.article)).toEqual(['de/new']);
    expect(byEntity.has('astana')).toBe(false);
  });
});
