import { describe, expect, it } from 'vitest';
import {
  conceptCode,
  lookupKey,
  shardOf,
  SHARD_COUNT,
  textWordKey,
} from '../../../src/lib/search/equivalents';
import { queryKey } from '../../../src/lib/search/search-key';

describe('concept codes', () => {
  it('have one length, start with a doubled letter no word key has, and differ by concept', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `word:w${i}`);
    const codes = ids.map(conceptCode);
    expect(new Set(codes).size).toBe(ids.length);
    for (const code of codes) expect(code).toMatch(/^zz[a-z]{7}$/);
    expect(queryKey('zzz')).not.toMatch(/^zz/);
  });
});

describe('lookup and text keys', () => {
  it('meet across inflection and script: the query forms of Moscow share the catalog form\u2019s key', () => {
    expect(lookupKey('Москвой')).toBe(lookupKey('Москва'));
    expect(lookupKey('Moskwy')).toBe(lookupKey('Moskwa'));
    expect(lookupKey('Unión Europea')).toBe(`${queryKey('Unión')} ${queryKey('Europea')}`);
  });

  it('key a text word by its stem in the text\u2019s language', () => {
    expect(textWordKey('Krieges', 'de')).toBe(textWordKey('Krieg', 'de'));
    expect(textWordKey('войны', 'ru')).toBe(textWordKey('война', 'ru'));
    expect(textWordKey('wojny', 'pl')).toBe(textWordKey('wojna', 'pl'));
  });

  it('put a name\u2019s multi-word key in the shard of its first word', () => {
    expect(shardOf('union europe')).toBe(shardOf('union'));
    const shards = new Set(['a', 'b', 'moskv', 'var', 'krieg', 'tokaev'].map(shardOf));
    for (const shard of shards) expect(parseInt(shard, 36)).toBeLessThan(SHARD_COUNT);
  });
});
