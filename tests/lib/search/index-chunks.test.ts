import { describe, expect, it } from 'vitest';
import {
  chunksToPreload,
  decodeIndexChunks,
  MIN_PRELOAD_KEY_LENGTH,
} from '../../../src/lib/search/index-chunks';

// First words of chunks as Pagefind cut them at 10,000 articles (sorted).
const starts = ['kasachstantr', 'kasahstana', 'kasahstanied', 'kasahstanum', 'putina', 'q'];

describe('chunksToPreload', () => {
  it('lists every chunk that starts inside the key’s words', () => {
    expect(chunksToPreload(starts, 'kasahstan')).toEqual([
      'kasahstana',
      'kasahstanied',
      'kasahstanum',
    ]);
    expect(chunksToPreload(starts, 'putin')).toEqual(['putina']);
    expect(chunksToPreload(starts, 'kasahstanie')).toEqual(['kasahstanied']);
  });

  it('leaves out the chunk Pagefind loads itself, and keys whose words fit in one chunk', () => {
    expect(chunksToPreload(starts, 'putina')).toEqual([]);
    expect(chunksToPreload(starts, 'tokaev')).toEqual([]);
    expect(chunksToPreload([], 'putin')).toEqual([]);
  });

  it('leaves very short keys to Pagefind', () => {
    expect(MIN_PRELOAD_KEY_LENGTH).toBe(3);
    expect(chunksToPreload(starts, 'ka')).toEqual([]);
    expect(chunksToPreload(starts, 'kas')).toEqual(starts.slice(0, 4));
  });
});

describe('decodeIndexChunks', () => {
  it('returns the words sorted', () => {
    expect(decodeIndexChunks(['q', 'putina', 'kasahstana'])).toEqual(['kasahstana', 'putina', 'q']);
  });

  it('refuses anything but a list of words', () => {
    expect(() => decodeIndexChunks({ q: 1 })).toThrow(/index-chunks\.json: expected a list/);
    expect(() => decodeIndexChunks(['a', 2])).toThrow(/expected a list of words/);
  });
});
