import { describe, expect, it } from 'vitest';
import { entryFingerprint, pageCacheKey } from '../../src/lib/cache-key';

const article = (title: string, html = '<p>Text</p>') => ({
  id: 'de/a',
  data: { title, lang: 'de' },
  rendered: { html, metadata: { frontmatter: { searchKeys: 'a b' } } },
});

describe('page cache keys', () => {
  it('is the same for the same content', () => {
    expect(pageCacheKey([article('Titel')])).toBe(pageCacheKey([article('Titel')]));
  });

  it('changes when a field, the rendered text or a related entry changes', () => {
    const key = pageCacheKey([article('Titel')]);
    expect(pageCacheKey([article('Neuer Titel')])).not.toBe(key);
    expect(pageCacheKey([article('Titel', '<p>Anders</p>')])).not.toBe(key);
    expect(pageCacheKey([article('Titel'), { id: 'e', data: { names: { de: 'X' } } }])).not.toBe(
      key,
    );
  });

  it('tells a missing entry from a present one', () => {
    expect(pageCacheKey([undefined])).not.toBe(pageCacheKey([article('Titel')]));
    expect(entryFingerprint(undefined)).toBe('-');
  });
});
